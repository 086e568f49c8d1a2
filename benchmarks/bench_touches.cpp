// Prints how many touches and key presses each route takes at the counter, from the purpose button
// to the print button, as the kiosk runs offscreen on virtual cards (tests/support/KioskDriver):
// placing the card is not counted; staff's two confirmations (photo, card face) are. The print
// button itself is not pressed (no printer is assumed): it is the last touch of every route and is
// counted as one.
//   QT_QPA_PLATFORM=offscreen build/<preset>/benchmarks/bench_touches

#include "core/sim/MyNumberCardFront.h"
#include "core/sim/PassportDataPage.h"
#include "core/sim/Persona.h"
#include "core/sim/ResidenceCardFront.h"
#include "tests/support/CameraShot.h"
#include "tests/support/KioskDriver.h"

#include <QApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace madoguchi;

namespace {

using Page = KioskWindow::Page;

struct Route
{
    const char* name;
    const char* purpose;
    const char* card;
    const char* persona;
    std::function<void(KioskDriver&)> credential;  // from step 3 to pressing Read
};

// From the purpose to the print preview; -1 when a step did not come.
int touchesOf(const Route& route, const KioskConfig& config)
{
    KioskDriver driver(config);
    if (!driver.toCredential(route.purpose, QString::fromLatin1(route.card), QString::fromLatin1(route.persona)))
        return -1;
    route.credential(driver);
    if (!driver.waitForPage(Page::Review))
        return -1;
    driver.click("confirmPhotoMatch");
    driver.click("confirmFaceMatch");
    driver.click("reviewPrint");
    if (!driver.waitForPage(Page::Print))
        return -1;
    return driver.touches() + 1;  // and the print button
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    KioskConfig typed;
    typed.demo = true;
    // The camera sees a document, photographed at an angle.
    QTemporaryDir dir;
    const auto cameraOn = [&](const QImage& document, const QString& name) {
        KioskConfig camera = typed;
        camera.cameraPicture = dir.filePath(name + QLatin1String(".jpg"));
        CameraShot::atTheCounter().shoot(document).save(camera.cameraPicture);
        return camera;
    };
    const Persona yamada = Persona::load(QStringLiteral("yamada-hanako")).value();
    const KioskConfig passportCamera = cameraOn(PassportDataPage::fromPersona(yamada).render(), QStringLiteral("page"));
    const KioskConfig myNumberCamera = cameraOn(MyNumberCardFront::fromPersona(yamada).render(), QStringLiteral("mynumber"));
    const KioskConfig residenceCamera =
        cameraOn(ResidenceCardFront::fromPersona(Persona::load(QStringLiteral("tran-thi-mai")).value()).render(), QStringLiteral("residence"));
    const auto filled = [](KioskDriver& d, const char* field) {
        d.waitFor([&] { return !d.window().findChild<QLineEdit*>(QLatin1String(field))->text().isEmpty(); });
    };

    const auto read = [](KioskDriver& d) { d.click("readButton"); };
    const QList<std::pair<Route, KioskConfig>> routes{
        {{"My Number card, 照合番号B typed", "tennyu", "mynumber", "yamada-hanako",
          [&](KioskDriver& d) { d.keypad(QStringLiteral("55021720352285"));
              read(d); }},
         typed},
        {{"My Number card, 照合番号B from the camera", "tennyu", "mynumber", "yamada-hanako",
          [&](KioskDriver& d) {
              d.click("myNumberCamera");
              filled(d, "securityCode");
              read(d);
          }},
         myNumberCamera},
        {{"My Number card, PIN (個人番号利用事務)", "mynumber-card", "mynumber", "yamada-hanako",
          [&](KioskDriver& d) { d.keypad(QStringLiteral("1234"));
              read(d); }},
         typed},
        {{"driver's licence, PIN1 and PIN2", "koza", "licence", "suzuki-ichiro",
          [&](KioskDriver& d) { d.keypad(QStringLiteral("48267391"));
              read(d); }},
         typed},
        {{"residence card, card number typed", "koza", "residence", "tran-thi-mai",
          [&](KioskDriver& d) { d.type("cardNumberEdit", QStringLiteral("AB12345678CD"));
              read(d); }},
         typed},
        {{"residence card, number from the camera", "koza", "residence", "tran-thi-mai",
          [&](KioskDriver& d) {
              d.click("residenceCamera");
              filled(d, "cardNumberEdit");
              read(d);
          }},
         residenceCamera},
        {{"passport, number and dates typed", "koza", "passport", "yamada-hanako",
          [&](KioskDriver& d) {
              d.type("documentNumberEdit", QStringLiteral("TZ1234567"));
              d.type("passportBirthEdit", QStringLiteral("19800217"));
              d.type("passportExpiryEdit", QStringLiteral("20320601"));
              read(d);
          }},
         typed},
        {{"passport, MRZ from the camera", "koza", "passport", "yamada-hanako",
          [&](KioskDriver& d) {
              d.click("passportCamera");
              filled(d, "passportExpiryEdit");
              read(d);
          }},
         passportCamera},
    };
    std::printf("%s %s\n", qPrintable(QStringLiteral("route (purpose → print)").leftJustified(42)), "touches and keys");
    int failed = 0;
    for (const auto& [route, config] : routes) {
        const int touches = touchesOf(route, config);
        failed += touches < 0;
        std::printf("%s %d\n", qPrintable(QString::fromUtf8(route.name).leftJustified(42)), touches);
    }
    return failed ? 1 : 0;
}
