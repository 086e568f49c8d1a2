#include "tests/support/KioskSoak.h"

#include "core/session/ProcessHardening.h"
#include "core/sim/PassportDataPage.h"
#include "core/sim/Persona.h"

#include <QLineEdit>

namespace madoguchi {
namespace {

// The fictional card holders of the visits (resources/personas).
const QStringList kPersonas{QStringLiteral("yamada-hanako"), QStringLiteral("suzuki-ichiro"), QStringLiteral("tran-thi-mai")};

// yamada-hanako's passport data page, as the counter's camera sees it in the camera visits.
QString dataPage(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("data-page.png"));
    PassportDataPage::fromPersona(Persona::load(QStringLiteral("yamada-hanako")).value()).render().save(path);
    return path;
}

KioskConfig soakConfig(const QString& cameraPicture)
{
    KioskConfig config;
    config.cameraPicture = cameraPicture;
    config.demo = true;
    config.idleTimeoutSeconds = 2;  // the idle visits wait this long; every other visit keeps touching
    config.idleWarningSeconds = 1;
    config.operatorId = QStringLiteral("A-0123");
    config.terminalId = QStringLiteral("SOAK-01");
    return config;
}

} // namespace

KioskSoak::KioskSoak(int idleEvery) : m_idleEvery(idleEvery), m_driver(soakConfig(dataPage(m_pictures))) {}

QStringList KioskSoak::customerTexts()
{
    QStringList texts;
    for (const QString& id : kPersonas) {
        const Persona persona = Persona::load(id).value();
        texts << persona.nameKanji() << persona.address();
        if (!persona.nameLatin().isEmpty())
            texts << persona.nameLatin();  // as the passport and its MRZ carry it
    }
    return texts;
}

bool KioskSoak::finishAtReview()
{
    if (!m_driver.waitForPage(KioskWindow::Page::Review))
        return false;
    m_driver.click("reviewFinish");
    return ended();
}

bool KioskSoak::ended()
{
    const bool atStart = m_driver.waitForPage(KioskWindow::Page::Purpose) && !m_driver.window().session().isActive();
    m_driver.removeCard();
    // As the kiosk's main loop does between visits: the visit's stack buffers are wiped.
    ProcessHardening::scrubStack();
    return atStart;
}

bool KioskSoak::readMyNumber(const char* purpose, const QString& fault)
{
    if (!m_driver.toCredential(purpose, QStringLiteral("mynumber"), QStringLiteral("yamada-hanako"), fault))
        return false;
    m_driver.keypad(QStringLiteral("55021720352285"));
    m_driver.click("readButton");
    return true;
}

bool KioskSoak::stayAtReview()
{
    return readMyNumber("tennyu") && m_driver.waitForPage(KioskWindow::Page::Review);
}

bool KioskSoak::visit(int index)
{
    using Page = KioskWindow::Page;
    if (m_idleEvery > 0 && index % m_idleEvery == m_idleEvery - 1) {
        ++m_kinds[QStringLiteral("idle timeout at the credential step")];
        return m_driver.toCredential("tennyu", QStringLiteral("mynumber"), QStringLiteral("yamada-hanako")) && ended();
    }
    switch (index % 8) {
    case 0:
        ++m_kinds[QStringLiteral("My Number card to the print preview")];
        if (!readMyNumber("tennyu") || !m_driver.waitForPage(Page::Review))
            return false;
        m_driver.click("confirmPhotoMatch");
        m_driver.click("confirmFaceMatch");
        m_driver.click("reviewPrint");
        if (!m_driver.waitForPage(Page::Print))
            return false;
        m_driver.click("printFinish");
        return ended();
    case 1:
        ++m_kinds[QStringLiteral("driver's licence")];
        if (!m_driver.toCredential("koza", QStringLiteral("licence"), QStringLiteral("suzuki-ichiro")))
            return false;
        m_driver.keypad(QStringLiteral("48267391"));
        m_driver.click("readButton");
        return finishAtReview();
    case 2:
        ++m_kinds[QStringLiteral("residence card")];
        if (!m_driver.toCredential("koza", QStringLiteral("residence"), QStringLiteral("tran-thi-mai")))
            return false;
        m_driver.type("cardNumberEdit", QStringLiteral("AB12345678CD"));
        m_driver.click("readButton");
        return finishAtReview();
    case 3:
        if (!m_driver.toCredential("koza", QStringLiteral("passport"), QStringLiteral("yamada-hanako")))
            return false;
        if ((index / 8) % 2 == 0) {
            ++m_kinds[QStringLiteral("passport, MRZ typed")];
            m_driver.type("documentNumberEdit", QStringLiteral("TZ1234567"));
            m_driver.type("passportBirthEdit", QStringLiteral("19800217"));
            m_driver.type("passportExpiryEdit", QStringLiteral("20320601"));
        } else {
            ++m_kinds[QStringLiteral("passport, MRZ from the camera")];
            m_driver.click("passportCamera");
            if (!m_driver.waitFor([&] { return !m_driver.window().findChild<QLineEdit*>(QStringLiteral("passportExpiryEdit"))->text().isEmpty(); }))
                return false;
        }
        m_driver.click("readButton");
        return finishAtReview();
    case 4: {
        ++m_kinds[QStringLiteral("マイナ免許証, card taken off at the review")];
        if (!m_driver.toCredential("inkan", QStringLiteral("mynumber"), QStringLiteral("suzuki-ichiro")))
            return false;
        m_driver.keypad(QStringLiteral("64010720311357"));
        m_driver.keypad(Persona::load(QStringLiteral("suzuki-ichiro"))->document(QStringLiteral("mynumberLicence")).value(QLatin1String("pin")).toString());
        m_driver.click("readButton");
        if (!m_driver.waitForPage(Page::Review))
            return false;
        m_driver.removeCard();
        return ended();
    }
    case 5:
        ++m_kinds[QStringLiteral("wrong 照合番号B, then the right one")];
        if (!m_driver.toCredential("juminhyo", QStringLiteral("mynumber"), QStringLiteral("yamada-hanako")))
            return false;
        m_driver.keypad(QStringLiteral("55021720352286"));
        m_driver.click("readButton");
        if (!m_driver.waitFor([&] { return m_driver.window().page() == Page::Credential && m_driver.window().findChild<QLineEdit*>(QStringLiteral("securityCode"))->text().isEmpty(); }))
            return false;
        m_driver.keypad(QStringLiteral("55021720352285"));
        m_driver.click("readButton");
        return finishAtReview();
    case 6:
        ++m_kinds[QStringLiteral("card taken off mid-read")];
        if (!readMyNumber("tennyu"))
            return false;
        m_driver.removeCard();
        return ended();
    default:
        ++m_kinds[QStringLiteral("mute card mid-read")];
        if (!readMyNumber("tennyu", QStringLiteral("mute")) || !m_driver.waitForPage(Page::Card))
            return false;
        m_driver.click("cardBack");
        return ended();
    }
}

} // namespace madoguchi
