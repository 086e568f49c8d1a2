#pragma once

#include "core/crypto/TrustStore.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/PurposeCatalog.h"
#include "core/reader/SimBackend.h"
#include "ui/KioskWindow.h"

#include <QMap>

#include <functional>
#include <memory>

namespace madoguchi {

// Drives the kiosk through visit after visit in this process, as staff and customers would, on
// virtual cards: every card kind read to the review (and to the print preview), a マイナ免許証, a
// wrong 照合番号B, cards taken off mid-read and at the review, a mute card, and (every
// `idleEvery`-th visit) a visit left alone until the idle timeout ends it.
class KioskSoak
{
public:
    explicit KioskSoak(int idleEvery = 100);
    ~KioskSoak();

    // One visit, of the kind `index` picks; false when it did not end back at step 1 with no
    // session open, or a step did not come within its time.
    bool visit(int index);
    // A My Number card read up to the review, left there: the visit is not ended (the memory
    // search's control).
    bool stayAtReview();
    // How many visits of each kind ran.
    const QMap<QString, int>& kinds() const { return m_kinds; }
    // The names and addresses of the card holders the visits use, for memory searches.
    static QStringList customerTexts();

private:
    bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000);
    bool waitForPage(KioskWindow::Page page, int timeoutMs = 10000) { return waitFor([&] { return m_window->page() == page; }, timeoutMs); }
    void click(const char* name);
    void keypad(const QString& digits);
    void type(const char* field, const QString& text);
    // Chooses `purpose` and places the card; true when step 3 (credential) is reached.
    bool toCredential(const char* purpose, const QString& type, const QString& persona, const QString& fault = QStringLiteral("none"));
    // Places yamada-hanako's My Number card (with `fault`), types her 照合番号B and presses Read.
    bool readMyNumber(const char* purpose, const QString& fault = QStringLiteral("none"));
    bool finishAtReview();
    bool ended();

    const PurposeCatalog m_purposes;
    const FormLibrary m_forms;
    const TrustStore m_trust;
    int m_idleEvery;
    std::unique_ptr<SimBackend> m_backend;
    std::unique_ptr<KioskWindow> m_window;
    QMap<QString, int> m_kinds;
};

} // namespace madoguchi
