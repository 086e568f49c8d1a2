#pragma once

#include "core/crypto/TrustStore.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/PurposeCatalog.h"
#include "core/reader/SimBackend.h"
#include "ui/KioskWindow.h"

#include <functional>
#include <memory>

namespace madoguchi {

// The kiosk in this process on virtual cards, driven as staff and customers would: buttons and
// keypad keys touched, fields typed, cards placed on and taken off the one virtual reader. It counts
// every touch and key press (placing a card is neither): tst_KioskSoak, bench_kiosk_soak and
// bench_touches drive it.
class KioskDriver
{
public:
    explicit KioskDriver(const KioskConfig& config);
    ~KioskDriver();

    KioskWindow& window() { return *m_window; }

    bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000);
    bool waitForPage(KioskWindow::Page page, int timeoutMs = 10000)
    {
        return waitFor([&] { return m_window->page() == page; }, timeoutMs);
    }
    // One touch.
    void click(const char* name);
    // One touch per digit, on the on-screen keypad.
    void keypad(const QString& digits);
    // One key press per character.
    void type(const char* field, const QString& text);
    // Chooses `purpose` (a touch) and places the card; true when step 3 (credential) is reached.
    bool toCredential(const char* purpose, const QString& type, const QString& persona, const QString& fault = QStringLiteral("none"));
    void removeCard();

    int touches() const { return m_touches; }

private:
    const PurposeCatalog m_purposes;
    const FormLibrary m_forms;
    const TrustStore m_trust;
    std::unique_ptr<SimBackend> m_backend;
    std::unique_ptr<KioskWindow> m_window;
    int m_touches = 0;
};

} // namespace madoguchi
