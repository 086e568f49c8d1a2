#include "tests/support/KioskSoak.h"

#include "core/base/ResourceLocator.h"
#include "core/session/ProcessHardening.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardFactory.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace madoguchi {
namespace {

const QString kReader = QStringLiteral("soak reader 0");
// The fictional card holders of the visits (resources/personas).
const QStringList kPersonas{QStringLiteral("yamada-hanako"), QStringLiteral("suzuki-ichiro"), QStringLiteral("tran-thi-mai")};

} // namespace

KioskSoak::KioskSoak(int idleEvery)
    : m_purposes(PurposeCatalog::load(ResourceLocator::path(QStringLiteral("purposes.json"))).value()),
      m_forms(FormLibrary::load(ResourceLocator::path(QStringLiteral("forms"))).value()),
      m_trust(TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")))),
      m_idleEvery(idleEvery), m_backend(std::make_unique<SimBackend>())
{
    KioskConfig config;
    config.demo = true;
    config.idleTimeoutSeconds = 2;  // the idle visits wait this long; every other visit keeps touching
    config.idleWarningSeconds = 1;
    config.operatorId = QStringLiteral("A-0123");
    config.terminalId = QStringLiteral("SOAK-01");
    m_window = std::make_unique<KioskWindow>(config, *m_backend, m_purposes, m_forms, m_trust);
    m_window->resize(1280, 1024);
    m_window->show();
}

KioskSoak::~KioskSoak()
{
    m_window.reset();
    m_backend.reset();
}

QStringList KioskSoak::customerTexts()
{
    QStringList texts;
    for (const QString& id : kPersonas) {
        const Persona persona = Persona::load(id).value();
        texts << persona.nameKanji() << persona.address();
    }
    return texts;
}

bool KioskSoak::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(1);
    }
    return true;
}

void KioskSoak::click(const char* name)
{
    if (auto* button = m_window->findChild<QPushButton*>(QLatin1String(name)))
        QTest::mouseClick(button, Qt::LeftButton);
}

void KioskSoak::keypad(const QString& digits)
{
    for (QChar digit : digits)
        click(qPrintable(QStringLiteral("key") + digit));
}

void KioskSoak::type(const char* field, const QString& text)
{
    if (auto* edit = m_window->findChild<QLineEdit*>(QLatin1String(field)))
        QTest::keyClicks(edit, text);
}

bool KioskSoak::toCredential(const char* purpose, const QString& type, const QString& persona, const QString& fault)
{
    click(qPrintable(QStringLiteral("purpose-") + QLatin1String(purpose)));
    SimCardOptions options;
    options.fault = *SimCardOptions::faultFromName(fault);
    m_backend->insertCard(kReader, SimCardFactory::create(*simCardTypeFromName(type), Persona::load(persona).value(), options));
    return waitForPage(KioskWindow::Page::Credential);
}

bool KioskSoak::finishAtReview()
{
    if (!waitForPage(KioskWindow::Page::Review))
        return false;
    click("reviewFinish");
    return ended();
}

bool KioskSoak::ended()
{
    const bool atStart = waitForPage(KioskWindow::Page::Purpose) && !m_window->session().isActive();
    m_backend->removeCard(kReader);
    // As the kiosk's main loop does between visits: the visit's stack buffers are wiped.
    ProcessHardening::scrubStack();
    return atStart;
}

bool KioskSoak::readMyNumber(const char* purpose, const QString& fault)
{
    if (!toCredential(purpose, QStringLiteral("mynumber"), QStringLiteral("yamada-hanako"), fault))
        return false;
    keypad(QStringLiteral("55021720352285"));
    click("readButton");
    return true;
}

bool KioskSoak::stayAtReview()
{
    return readMyNumber("tennyu") && waitForPage(KioskWindow::Page::Review);
}

bool KioskSoak::visit(int index)
{
    using Page = KioskWindow::Page;
    if (m_idleEvery > 0 && index % m_idleEvery == m_idleEvery - 1) {
        ++m_kinds[QStringLiteral("idle timeout at the credential step")];
        return toCredential("tennyu", QStringLiteral("mynumber"), QStringLiteral("yamada-hanako")) && ended();
    }
    switch (index % 8) {
    case 0:
        ++m_kinds[QStringLiteral("My Number card to the print preview")];
        if (!readMyNumber("tennyu") || !waitForPage(Page::Review))
            return false;
        click("confirmPhotoMatch");
        click("confirmFaceMatch");
        click("reviewPrint");
        if (!waitForPage(Page::Print))
            return false;
        click("printFinish");
        return ended();
    case 1:
        ++m_kinds[QStringLiteral("driver's licence")];
        if (!toCredential("koza", QStringLiteral("licence"), QStringLiteral("suzuki-ichiro")))
            return false;
        keypad(QStringLiteral("48267391"));
        click("readButton");
        return finishAtReview();
    case 2:
        ++m_kinds[QStringLiteral("residence card")];
        if (!toCredential("koza", QStringLiteral("residence"), QStringLiteral("tran-thi-mai")))
            return false;
        type("cardNumberEdit", QStringLiteral("AB12345678CD"));
        click("readButton");
        return finishAtReview();
    case 3:
        ++m_kinds[QStringLiteral("passport")];
        if (!toCredential("koza", QStringLiteral("passport"), QStringLiteral("yamada-hanako")))
            return false;
        type("documentNumberEdit", QStringLiteral("TZ1234567"));
        type("passportBirthEdit", QStringLiteral("19800217"));
        type("passportExpiryEdit", QStringLiteral("20320601"));
        click("readButton");
        return finishAtReview();
    case 4: {
        ++m_kinds[QStringLiteral("マイナ免許証, card taken off at the review")];
        if (!toCredential("inkan", QStringLiteral("mynumber"), QStringLiteral("suzuki-ichiro")))
            return false;
        keypad(QStringLiteral("64010720311357"));
        keypad(Persona::load(QStringLiteral("suzuki-ichiro"))->document(QStringLiteral("mynumberLicence")).value(QLatin1String("pin")).toString());
        click("readButton");
        if (!waitForPage(Page::Review))
            return false;
        m_backend->removeCard(kReader);
        return ended();
    }
    case 5:
        ++m_kinds[QStringLiteral("wrong 照合番号B, then the right one")];
        if (!toCredential("juminhyo", QStringLiteral("mynumber"), QStringLiteral("yamada-hanako")))
            return false;
        keypad(QStringLiteral("55021720352286"));
        click("readButton");
        if (!waitFor([&] { return m_window->page() == Page::Credential && m_window->findChild<QLineEdit*>(QStringLiteral("securityCode"))->text().isEmpty(); }))
            return false;
        keypad(QStringLiteral("55021720352285"));
        click("readButton");
        return finishAtReview();
    case 6:
        ++m_kinds[QStringLiteral("card taken off mid-read")];
        if (!readMyNumber("tennyu"))
            return false;
        m_backend->removeCard(kReader);
        return ended();
    default:
        ++m_kinds[QStringLiteral("mute card mid-read")];
        if (!readMyNumber("tennyu", QStringLiteral("mute")) || !waitForPage(Page::Card))
            return false;
        click("cardBack");
        return ended();
    }
}

} // namespace madoguchi
