#pragma once

#include "core/audit/EvidenceSigner.h"
#include "core/base/ProductTranslator.h"
#include "core/crypto/TrustStore.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/PurposeCatalog.h"
#include "core/reader/ReaderBackend.h"
#include "core/reader/SimBackend.h"
#include "ui/CardWorker.h"
#include "core/session/SystemSelfCheck.h"
#include "core/session/TerminalStatus.h"
#include "ui/KioskConfig.h"
#include "ui/KioskSession.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStackedWidget>

namespace madoguchi {

class CardPage;
class CredentialPage;
class CustomerScreen;
class DemoPanel;
class IdleWatcher;
class PrintPage;
class PurposePage;
class ReadingPage;
class ReviewPage;
class StepBar;

// The kiosk: purpose → card → credential → reading → review → print, one customer at a time.
// Finish, card removal at any step past the card, or the idle timeout end the session: every
// widget that showed customer data is cleared and the window returns to step 1.
class KioskWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Purpose,
        Card,
        Credential,
        Reading,
        Review,
        Print,
    };

    KioskWindow(const KioskConfig& config, ReaderBackend& backend, const PurposeCatalog& purposes, const FormLibrary& forms,
                const TrustStore& trust, SimBackend* demo = nullptr, QWidget* parent = nullptr);
    ~KioskWindow() override;

    Page page() const { return Page(m_pages->currentIndex()); }
    DemoPanel* demoPanel() const { return m_demo; }
    CustomerScreen* customerWindow() const { return m_customer; }
    const KioskSession& session() const { return m_session; }
    void setLanguage(const QString& language);
    // The start-up self-check's findings: on a banner above every step until the machine is fixed.
    void setSelfCheckFindings(QList<SystemSelfCheck::Finding> findings);
    // The key that signs each 確認記録 (it must outlive the window); without one the sheets print
    // 「署名なし」 and the banner says so.
    void setEvidenceSigner(const EvidenceSigner* signer);
    const QString& language() const { return m_language; }
    // `notice`: a QT_TR_NOOP text (said again when the language changes), or nullptr.
    void endSession(const char* notice);

Q_SIGNALS:
    void pageChanged(madoguchi::KioskWindow::Page page);

private:
    // The monitoring file (KioskConfig::statusFile), written again after each change.
    void writeStatus();
    void goTo(Page page);
    void retranslate();
    // The offered language after the current one (the language toggle's target).
    QString nextLanguage() const;
    // In the current language: the last visit's end on the purpose page, the self-check's banner.
    void showEndNotice();
    void showSelfCheckFindings();
    void choosePurpose(const QString& id);
    void onCardInserted();
    void onCardRemoved();
    void onProbed(const CardProbe& probe);
    void onCredential();
    void onReadFinished(const CardReadOutcome& outcome);
    void onReadFailed(const ReaderError& error);
    void showForms();
    void print();
    void updateReaderStatus(const ReaderList& readers);
    // Asks the card thread what is on the reader, for the visit's purpose.
    void probeCard();

    KioskConfig m_config;
    ReaderBackend& m_backend;
    const PurposeCatalog& m_purposes;
    const FormLibrary& m_forms;
    KioskSession m_session;
    CardWorker* m_worker;
    IdleWatcher* m_idle;
    ProductTranslator m_translator;
    QString m_language;

    QLabel* m_banner;
    QLabel* m_idleWarning;
    QLabel* m_selfCheckBanner;
    QList<SystemSelfCheck::Finding> m_selfCheckFindings;
    const EvidenceSigner* m_signer = nullptr;
    TerminalStatus m_status;
    const char* m_endNotice = nullptr;
    QPushButton* m_languageToggle;
    StepBar* m_steps;
    QStackedWidget* m_pages;
    PurposePage* m_purposePage;
    CardPage* m_cardPage;
    CredentialPage* m_credentialPage;
    ReadingPage* m_readingPage;
    ReviewPage* m_reviewPage;
    PrintPage* m_printPage;
    DemoPanel* m_demo = nullptr;
    CustomerScreen* m_customer = nullptr;
};

} // namespace madoguchi
