#include "ui/KioskWindow.h"

#include "core/audit/EvidenceRecord.h"
#include "core/capture/CameraSource.h"
#include "core/capture/StillImageSource.h"
#include "core/base/Logging.h"
#include "core/forms/EvidenceSeal.h"
#include "core/forms/FormFiller.h"
#include "core/forms/FormPrinter.h"
#include "core/session/ProcessHardening.h"
#include "ui/CardPage.h"
#include "ui/CredentialPage.h"
#include "ui/DemoPanel.h"
#include "ui/IdleWatcher.h"
#include "ui/PrintPage.h"
#include "ui/PurposePage.h"
#include "ui/ReadingPage.h"
#include "ui/ReviewPage.h"
#include "ui/StepBar.h"
#include "ui/credential/CredentialCamera.h"
#include "ui/customer/CustomerScreen.h"

#include <QApplication>
#include <QScreen>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace madoguchi {
namespace {

// The step of the step bar each page belongs to.
int stepOf(KioskWindow::Page page)
{
    switch (page) {
    case KioskWindow::Page::Purpose: return 0;
    case KioskWindow::Page::Card: return 1;
    case KioskWindow::Page::Credential:
    case KioskWindow::Page::Reading: return 2;
    case KioskWindow::Page::Review:
    case KioskWindow::Page::Print: return 3;
    }
    return 0;
}

// What the customer's screen says while staff are on `page`; `current` is what it says now.
CustomerScreen::State customerStateOf(KioskWindow::Page page, CustomerScreen::State current)
{
    using State = CustomerScreen::State;
    switch (page) {
    case KioskWindow::Page::Purpose: return current == State::Thanks ? State::Thanks : State::Welcome;  // the last visit's goodbye stays
    case KioskWindow::Page::Card: return State::PlaceCard;
    case KioskWindow::Page::Credential: return current == State::Pin ? State::Pin : State::Wait;  // asked by the credential form
    case KioskWindow::Page::Reading: return State::Reading;
    case KioskWindow::Page::Review:
    case KioskWindow::Page::Print: return State::TakeCard;
    }
    return State::Welcome;
}

} // namespace

KioskWindow::KioskWindow(const KioskConfig& config, ReaderBackend& backend, const PurposeCatalog& purposes, const FormLibrary& forms,
                         const TrustStore& trust, SimBackend* demo, QWidget* parent)
    : QMainWindow(parent), m_config(config), m_backend(backend), m_purposes(purposes), m_forms(forms)
{
    setObjectName(QStringLiteral("kioskWindow"));
    m_status.version = QCoreApplication::applicationVersion();
    m_status.terminalId = config.terminalId;
    m_worker = new CardWorker(backend, trust, this);
    m_idle = new IdleWatcher(config.idleTimeoutSeconds, config.idleWarningSeconds, this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* top = new QHBoxLayout;
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setStyleSheet(QStringLiteral("background:#C00000; color:white; font-weight:bold; padding:6px 16px; font-size:18pt;"));
    m_banner->setVisible(config.demo || trust.hasTestAnchors());
    m_languageToggle = new QPushButton(central);
    m_languageToggle->setObjectName(QStringLiteral("languageToggle"));
    m_languageToggle->setVisible(config.languages.size() > 1);
    connect(m_languageToggle, &QPushButton::clicked, this, [this] { setLanguage(nextLanguage()); });
    m_steps = new StepBar(central);
    top->addWidget(m_banner);
    top->addWidget(m_steps, 1);
    top->addWidget(m_languageToggle);
    layout->addLayout(top);
    m_idleWarning = new QLabel(central);
    m_idleWarning->setObjectName(QStringLiteral("idleWarning"));
    m_idleWarning->setStyleSheet(QStringLiteral("background:#FFF3CD; border:3px solid #A06000; font-size:20pt; padding:10px;"));
    m_idleWarning->hide();
    layout->addWidget(m_idleWarning);
    m_selfCheckBanner = new QLabel(central);
    m_selfCheckBanner->setObjectName(QStringLiteral("selfCheckBanner"));
    m_selfCheckBanner->setStyleSheet(QStringLiteral("background:#FFE0B2; border:2px solid #B35900; font-size:12pt; padding:6px 12px;"));
    m_selfCheckBanner->setWordWrap(true);
    m_selfCheckBanner->hide();
    layout->addWidget(m_selfCheckBanner);

    // The customer's own screen, when there is one: what to do at each step in their language, and
    // the PIN, which is theirs.
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (config.customerScreen || screens.size() > 1) {
        m_customer = new CustomerScreen(config.customerLanguages, this);
        if (screens.size() > 1)
            m_customer->setGeometry(screens[1]->geometry());
        m_customer->show();
    }
    m_pages = new QStackedWidget(central);
    m_purposePage = new PurposePage(purposes, forms, m_pages);
    m_cardPage = new CardPage(m_pages);
    // The camera, when the counter has one: a passport's MRZ read off the photo page.
    CredentialCamera* camera = nullptr;
    if (!config.cameraPicture.isEmpty())
        camera = new CredentialCamera(new StillImageSource(config.cameraPicture, this), this);
    else if (!config.cameraDevice.isEmpty())
        camera = new CredentialCamera(new CameraSource(config.cameraDevice == QLatin1String("default") ? QByteArray() : config.cameraDevice.toUtf8(), this), this);
    m_credentialPage = new CredentialPage(m_customer, camera, m_pages);
    m_readingPage = new ReadingPage(m_pages);
    m_reviewPage = new ReviewPage(m_config.residenceRevocationUrl, m_pages);
    m_printPage = new PrintPage(m_pages);
    for (QWidget* page : std::initializer_list<QWidget*>{m_purposePage, m_cardPage, m_credentialPage, m_readingPage, m_reviewPage, m_printPage})
        m_pages->addWidget(page);
    layout->addWidget(m_pages, 1);
    if (demo) {
        m_demo = new DemoPanel(*demo, central);
        layout->addWidget(m_demo);
    }
    setCentralWidget(central);

    connect(m_purposePage, &PurposePage::purposeChosen, this, &KioskWindow::choosePurpose);
    connect(m_cardPage, &CardPage::backRequested, this, [this] { endSession(nullptr); });
    connect(m_credentialPage, &CredentialPage::backRequested, this, [this] { endSession(nullptr); });
    connect(m_credentialPage, &CredentialPage::submitted, this, &KioskWindow::onCredential);
    //: End-of-visit notice on the purpose page: staff cancelled the reading.
    connect(m_readingPage, &ReadingPage::cancelRequested, this, [this] { endSession(QT_TR_NOOP("Reading was cancelled.")); });
    connect(m_reviewPage, &ReviewPage::printRequested, this, &KioskWindow::showForms);
    connect(m_reviewPage, &ReviewPage::revocationChecked, this, [this](const QDateTime& at) { m_session.setRevocationCheckedAt(at); });
    //: End-of-visit notice on the purpose page after Finish.
    connect(m_reviewPage, &ReviewPage::finishRequested, this, [this] { endSession(QT_TR_NOOP("Finished. The customer's data has been erased.")); });
    connect(m_printPage, &PrintPage::backRequested, this, [this] { goTo(Page::Review); });
    connect(m_printPage, &PrintPage::printRequested, this, &KioskWindow::print);
    connect(m_printPage, &PrintPage::finishRequested, this, [this] { endSession(QT_TR_NOOP("Finished. The customer's data has been erased.")); });

    connect(&backend, &ReaderBackend::cardInserted, this, &KioskWindow::onCardInserted);
    connect(&backend, &ReaderBackend::cardRemoved, this, &KioskWindow::onCardRemoved);
    connect(&backend, &ReaderBackend::readersChanged, this, &KioskWindow::updateReaderStatus);
    connect(&backend, &ReaderBackend::serviceFailed, this, [this](const ReaderError& error) { m_cardPage->setStatus(error.message()); });
    connect(m_worker, &CardWorker::probed, this, &KioskWindow::onProbed);
    connect(m_worker, &CardWorker::progress, m_readingPage, &ReadingPage::stageReached);
    connect(m_worker, &CardWorker::finished, this, &KioskWindow::onReadFinished);
    connect(m_worker, &CardWorker::failed, this, &KioskWindow::onReadFailed);

    connect(m_idle, &IdleWatcher::warningStarted, this, [this](int seconds) {
        //: Shown before an idle session ends; any touch keeps it.
        m_idleWarning->setText(tr("No activity: this visit ends in %1 seconds. Touch the screen to continue.").arg(seconds));
        m_idleWarning->show();
    });
    connect(m_idle, &IdleWatcher::warningCancelled, m_idleWarning, &QLabel::hide);
    //: End-of-visit notice after the idle timeout.
    connect(m_idle, &IdleWatcher::timedOut, this, [this] { endSession(QT_TR_NOOP("The visit ended after a time without activity. The data has been erased.")); });

    setLanguage(config.language);
    goTo(Page::Purpose);
    backend.start();
}

KioskWindow::~KioskWindow()
{
    m_session.end();
}

void KioskWindow::goTo(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_steps->setCurrent(stepOf(page));
    if (m_customer)
        m_customer->showState(customerStateOf(page, m_customer->state()));
    Q_EMIT pageChanged(page);
}

void KioskWindow::setLanguage(const QString& language)
{
    QCoreApplication::removeTranslator(&m_translator);
    m_language = language;
    if (m_translator.load(QLocale(language), QStringLiteral("madoguchi"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_translator);
    retranslate();
}

QString KioskWindow::nextLanguage() const
{
    const QStringList& offered = m_config.languages;
    return offered.isEmpty() ? m_language : offered[(offered.indexOf(m_language) + 1) % offered.size()];
}

void KioskWindow::setSelfCheckFindings(QList<SystemSelfCheck::Finding> findings)
{
    m_selfCheckFindings = std::move(findings);
    showSelfCheckFindings();
    m_status.findings = m_selfCheckFindings;
    writeStatus();
}

void KioskWindow::setEvidenceSigner(const EvidenceSigner* signer)
{
    m_signer = signer;
    showSelfCheckFindings();
    m_status.signingTerminal = signer ? signer->terminalName() : QString();
    writeStatus();
}

void KioskWindow::writeStatus()
{
    if (m_config.statusFile.isEmpty())
        return;
    m_status.sessionActive = m_session.isActive();
    m_status.written = QDateTime::currentDateTimeUtc();
    if (const QString error = m_status.write(m_config.statusFile); !error.isEmpty())
        qCWarning(lcApp).noquote() << "status file" << m_config.statusFile << "not written:" << error;
}

void KioskWindow::showEndNotice()
{
    m_purposePage->setNotice(m_endNotice ? tr(m_endNotice) : QString());
}

void KioskWindow::showSelfCheckFindings()
{
    QStringList lines;
    if (!m_selfCheckFindings.isEmpty()) {
        //: Heading of the self-check banner, for the administrator; the findings follow, one per line.
        lines << tr("This computer's settings can keep customers' data (tell the administrator):");
        for (const SystemSelfCheck::Finding& finding : std::as_const(m_selfCheckFindings))
            lines.append(QStringLiteral("• ") + finding.describe());
    }
    if (!m_signer)
        //: Self-check banner: no key to sign the 確認記録 is set (madoguchi.conf [evidence]).
        lines << tr("No signing key is set: the records of the check (確認記録) print as unsigned (tell the administrator).");
    m_selfCheckBanner->setVisible(!lines.isEmpty());
    m_selfCheckBanner->setText(lines.join(QLatin1Char('\n')));
}

void KioskWindow::retranslate()
{
    //: Window title: the product name (窓口, "counter"); usually left as is.
    setWindowTitle(tr("madoguchi"));
    //: Permanent banner in demo mode and whenever test trust anchors are loaded.
    m_banner->setText(tr("DEMO / TEST"));
    // The last visit's end and the self-check's findings, said again in the new language.
    showEndNotice();
    showSelfCheckFindings();
    //: The language toggle shows the language it switches to.
    m_languageToggle->setText(nextLanguage() == QLatin1String("ja") ? QStringLiteral("日本語") : QStringLiteral("English"));
    //: Accessible name of the language toggle button (the button shows the other language's name).
    m_languageToggle->setAccessibleName(tr("Switch language"));
    m_steps->retranslate();
    m_purposePage->retranslate(m_language);
    m_cardPage->retranslate();
    m_credentialPage->retranslate();
    m_readingPage->retranslate();
    m_reviewPage->retranslate();
    m_printPage->retranslate();
    if (m_demo)
        m_demo->retranslate();
    if (m_session.outcome() && page() == Page::Review)
        m_reviewPage->showOutcome(*m_session.outcome(), m_language, m_session.purpose().requiredItems);
}

void KioskWindow::choosePurpose(const QString& id)
{
    const Purpose* purpose = m_purposes.find(id);
    if (!purpose)
        return;
    m_session.begin(*purpose);
    writeStatus();
    m_purposePage->setNotice({});
    m_cardPage->clear();
    m_idle->setArmed(true);
    goTo(Page::Card);
    // A card already on the reader is found by the worker, off the UI thread; the reader status
    // line follows the backend's readersChanged.
    probeCard();
}

void KioskWindow::probeCard()
{
    m_worker->probe(m_session.purpose().usesMyNumber);
}

void KioskWindow::onCardInserted()
{
    if (page() != Page::Card || !m_session.isActive())
        return;
    //: While the card type is being found.
    m_cardPage->setMessage(tr("Card found: checking what it is…"), false);
    probeCard();
}

void KioskWindow::onProbed(const CardProbe& probe)
{
    if (page() != Page::Card)
        return;
    if (!probe.unreadable.isEmpty()) {
        m_cardPage->setMessage(probe.unreadable, true);
        return;
    }
    m_credentialPage->prepare(probe);
    goTo(Page::Credential);
}

void KioskWindow::onCardRemoved()
{
    if (!m_session.isActive())
        return;
    if (page() == Page::Card) {
        m_worker->cancel();
        m_cardPage->clear();
        return;
    }
    //: End-of-visit notice when the card was removed.
    endSession(QT_TR_NOOP("The card was taken off the reader: the visit ended and its data has been erased."));
}

void KioskWindow::onCredential()
{
    CardReadRequest request = m_credentialPage->takeRequest();
    m_readingPage->reset();
    goTo(Page::Reading);
    m_worker->read(m_credentialPage->probe(), std::move(request));
}

void KioskWindow::onReadFinished(const CardReadOutcome& outcome)
{
    if (page() != Page::Reading || !m_session.isActive())
        return;
    if (outcome.credentialRefused()) {
        m_credentialPage->refused(outcome.credential);
        goTo(Page::Credential);
        return;
    }
    m_session.setOutcome(outcome, QDateTime::currentDateTime());
    m_reviewPage->showOutcome(outcome, m_language, m_session.purpose().requiredItems);
    goTo(Page::Review);
}

void KioskWindow::onReadFailed(const ReaderError& error)
{
    if (page() == Page::Card) {
        // No card yet is what step 2 waits for, not a problem: the prompt says what to do.
        if (error.kind() == ReaderError::Kind::NoCard)
            m_cardPage->clear();
        else
            m_cardPage->setMessage(error.message(), true);
        return;
    }
    if (page() == Page::Reading) {
        m_cardPage->clear();
        // What the reader or card cannot do (extended length, a card type not read yet) is said in full;
        // a reader's own limit names the reader, so that staff know which one to replace.
        QString message = error.message();
        if (error.kind() == ReaderError::Kind::ReaderLimit)
            //: %1: what to do (ReaderError's sentence); %2: the reader's name; %3: what it could not carry.
            message = tr("%1 (Reader \u201c%2\u201d: %3.)").arg(error.message(), m_credentialPage->probe().reader, error.detail());
        else if (error.kind() == ReaderError::Kind::Unsupported && !error.detail().isEmpty())
            message = error.detail();
        m_cardPage->setMessage(message, true);
        goTo(Page::Card);
    }
}

void KioskWindow::showForms()
{
    const CardReadOutcome* outcome = m_session.outcome();
    if (!outcome)
        return;
    const Purpose& purpose = m_session.purpose();
    const StaffConfirmation confirmation = m_reviewPage->confirmation();
    if (!confirmation.isComplete())
        return;
    const EvidenceRecord evidence(outcome->record, outcome->verification,
                                  {m_config.operatorId, m_config.terminalId, purpose.label(m_language), m_session.checkedAt(), m_language,
                                   purpose.usesMyNumber, m_session.revocationCheckedAt(), confirmation, purpose.basis(m_language),
                                   purpose.requiredItems});
    QList<FormPage> pages = m_forms.pagesFor(purpose, outcome->record, evidence, m_language);
    // A difference staff saw, or a check they could not make: the record alone, unless they gave a reason.
    if (!confirmation.allowsForms())
        pages.removeIf([](const FormPage& page) { return page.form.id() != QLatin1String(FormFiller::kEvidenceForm); });
    EvidenceSeal::seal(pages, outcome->verification, m_signer, m_language);
    m_session.setPages(std::move(pages));
    m_printPage->showPages(m_session.pages());
    goTo(Page::Print);
}

void KioskWindow::print()
{
    const auto printed = FormPrinter::print(m_session.pages(), m_config.printer);
    if (printed)
        //: After the job went to the printer.
        m_printPage->setResult(tr("Sent to the printer (%1 pages).").arg(m_session.pages().size()), false);
    else
        m_printPage->setResult(printed.error(), true);
}

void KioskWindow::updateReaderStatus(const ReaderList& readers)
{
    m_status.readers.clear();
    for (const ReaderInfo& reader : readers)
        m_status.readers << reader.name;
    writeStatus();
    if (readers.isEmpty()) {
        m_cardPage->setStatus(ReaderError(ReaderError::Kind::NoReader).message());
        return;
    }
    QStringList parts;
    for (const ReaderInfo& reader : readers)
        //: Reader status line: reader name and whether a card is on it.
        parts.append(tr("%1: %2").arg(reader.name, reader.hasCard ? tr("card present") : tr("no card")));
    m_cardPage->setStatus(parts.join(QStringLiteral(" / ")));
}

void KioskWindow::endSession(const char* notice)
{
    m_worker->cancel();
    m_session.end();
    writeStatus();
    m_credentialPage->clear();
    m_reviewPage->clear();
    m_printPage->clear();
    m_cardPage->clear();
    m_readingPage->reset();
    m_idle->setArmed(false);
    m_idleWarning->hide();
    if (m_customer)
        m_customer->endVisit();
    // The idle timeout also closes any dialog left open over customer data.
    while (QWidget* modal = QApplication::activeModalWidget())
        modal->close();
    m_endNotice = notice;
    showEndNotice();
    goTo(Page::Purpose);
    // Text shown and converted for this customer also passed through stack buffers.
    ProcessHardening::scrubStack();
}

} // namespace madoguchi
