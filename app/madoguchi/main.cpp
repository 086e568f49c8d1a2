// madoguchi: the counter kiosk.

#include "core/audit/EvidenceSigner.h"
#include "core/base/Logging.h"
#include "core/base/ResourceLocator.h"
#include "core/base/Translations.h"
#include "core/cards/residence/ResidenceDeliveryKey.h"
#include "core/reader/PcscBackend.h"
#include "core/session/ProcessHardening.h"
#include "core/session/SystemSelfCheck.h"
#include "ui/KioskConfigFile.h"
#include "ui/KioskWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace madoguchi;

namespace {

// A command-line option that overrides a setting of the settings file.
struct OptionSetting
{
    const QCommandLineOption& option;
    const char* section;
    const char* key;
};

// Built-in defaults, then the settings file (when the default file is absent, the defaults stand;
// a file named on the command line must exist), then the command line; every value is checked the
// same way wherever it comes from. Returns every problem.
QStringList assembleSettings(const QCommandLineParser& parser, const QString& settingsPath, bool settingsNamed,
                             std::initializer_list<OptionSetting> overrides, KioskConfig& config)
{
    config.purposesPath = ResourceLocator::path(QStringLiteral("purposes.json"));
    config.formsPath = ResourceLocator::path(QStringLiteral("forms"));
    config.trustDirs = QStringList{ResourceLocator::path(QStringLiteral("trust"))};
    config.testTrustDir = ResourceLocator::path(QStringLiteral("trust-test"));
    QStringList problems;
    if (settingsNamed || QFileInfo::exists(settingsPath))
        problems << KioskConfigFile::load(settingsPath, config);
    for (const OptionSetting& override : overrides) {
        if (!parser.isSet(override.option))
            continue;
        const QString problem =
            KioskConfigFile::set(config, QLatin1String(override.section), QLatin1String(override.key), parser.value(override.option));
        if (!problem.isEmpty())
            problems << QStringLiteral("--%1: %2").arg(override.option.names().constFirst(), problem);
    }
    problems << KioskConfigFile::checkTogether(config);
    return problems;
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    ProcessHardening::scrubFreedMemory();
    ProcessHardening::keepTemporaryFilesInMemory();
    // --check-config needs no screen: an administrator runs it over ssh.
    if (std::any_of(argv + 1, argv + argc, [](const char* argument) { return std::strcmp(argument, "--check-config") == 0; }))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("madoguchi"));
    QApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    Translations::install(app);
    Theme::apply(app);

    const auto tr = [](const char* text) { return QCoreApplication::translate("main", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Counter kiosk: identity check by IC chip and pre-filled forms."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), tr("Full screen, without window controls."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Virtual cards and test anchors, with a DEMO banner."));
    const QCommandLineOption configFile(QStringLiteral("config"), tr("Settings file (default %1).").arg(KioskConfigFile::defaultPath()),
                                        QStringLiteral("FILE"));
    const QCommandLineOption checkConfig(QStringLiteral("check-config"),
                                         tr("Check the settings (file and options), print every problem, and exit: 0 when they can be used, 4 when not."));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"), tr("End an idle visit after this many seconds."), QStringLiteral("SECONDS"));
    const QCommandLineOption printer(QStringLiteral("printer"), tr("CUPS queue for the forms."), QStringLiteral("NAME"));
    const QCommandLineOption operatorId(QStringLiteral("operator"), tr("Operator ID for the record of the check."), QStringLiteral("ID"));
    const QCommandLineOption terminalId(QStringLiteral("terminal"), tr("Terminal ID for the record of the check."), QStringLiteral("ID"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Language to start in: ja or en."), QStringLiteral("LANG"));
    const QCommandLineOption trust(QStringLiteral("trust"), tr("Production trust anchors from DIR only."), QStringLiteral("DIR"));
    const QCommandLineOption tour(QStringLiteral("tour"), tr("Demo only: walk every step with a virtual card, save a picture of each in DIR, quit."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption linger(QStringLiteral("linger"),
                                    tr("With --tour: stay alive this long after the last visit has ended, so that the process can be inspected."),
                                    QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption signingKey(QStringLiteral("signing-key"), tr("Key that signs the records of the check (PEM file or provider URI)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption signingCert(QStringLiteral("signing-cert"), tr("The signing key's certificate (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption cameraPicture(QStringLiteral("camera-picture"),
                                           tr("Give this picture as the camera's frames (the demo: madoguchi-cardsim --face-image draws a passport's data page)."),
                                           QStringLiteral("FILE"));
    parser.addOptions({kiosk, demo, configFile, checkConfig, idle, printer, operatorId, terminalId, language, trust, tour, linger, signingKey, signingCert,
                       cameraPicture});
    parser.process(app);

    KioskConfig config;
    config.kiosk = parser.isSet(kiosk);
    config.demo = parser.isSet(demo);
    const QString settingsPath = parser.isSet(configFile) ? parser.value(configFile) : KioskConfigFile::defaultPath();
    QStringList problems = assembleSettings(parser, settingsPath, parser.isSet(configFile),
                                            {{idle, "counter", "idle-timeout"},
                                             {printer, "counter", "printer"},
                                             {operatorId, "counter", "operator-id"},
                                             {terminalId, "counter", "terminal-id"},
                                             {language, "languages", "default"},
                                             {trust, "trust", "anchors"},
                                             {signingKey, "evidence", "signing-key"},
                                             {signingCert, "evidence", "signing-cert"},
                                             {cameraPicture, "camera", "picture"}},
                                            config);

    auto purposes = PurposeCatalog::load(config.purposesPath);
    auto forms = FormLibrary::load(config.formsPath);
    if (problems.isEmpty()) {
        const QString formsProblem = !purposes ? purposes.error() : !forms ? forms.error() : forms->check(*purposes);
        if (!formsProblem.isEmpty())
            problems << formsProblem;
    }
    // The evidence signer: a key that cannot be used stops the kiosk like any other wrong setting.
    std::optional<EvidenceSigner> signer;
    if (config.signingKey.isEmpty() != config.signingCert.isEmpty())
        problems << tr("[evidence] signing-key and signing-cert go together");
    else if (!config.signingKey.isEmpty()) {
        auto loaded = EvidenceSigner::load(config.signingKey, config.signingCert);
        if (loaded)
            signer = std::move(loaded).value();
        else
            problems << loaded.error();
    }
    if (parser.isSet(checkConfig)) {
        for (const QString& problem : std::as_const(problems))
            std::fprintf(stderr, "madoguchi: %s\n", qPrintable(problem));
        if (problems.isEmpty())
            std::fprintf(stdout, "madoguchi: the settings can be used (%s)\n",
                         qPrintable(QFileInfo::exists(settingsPath) ? settingsPath : tr("built-in defaults")));
        // residence-card-0708.md §4: what an administrator installed for 07/08 cards, checked now.
        const auto delivery = ResidenceDeliveryKey::installed(TrustStore::load(config.trustDirs));
        //: --check-config: %1 the delivery key found (path, encoding, whether it is the ISA's), or why none is usable.
        std::fprintf(stdout, "madoguchi: %s\n",
                     qPrintable(tr("07/08 residence delivery key: %1").arg(delivery ? delivery->describe() : delivery.error())));
        //: --check-config: the key that signs the records of the check, or that there is none.
        std::fprintf(stdout, "madoguchi: %s\n",
                     qPrintable(signer ? tr("evidence signing: terminal %1, key id %2").arg(signer->terminalName(), QString::fromLatin1(signer->kid().toHex()))
                                       : tr("evidence signing: no key set; the records of the check print unsigned")));
        return problems.isEmpty() ? 0 : 4;
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : std::as_const(problems))
            qCCritical(lcApp).noquote() << "settings:" << problem;
        QMessageBox::critical(nullptr, tr("madoguchi"), tr("The settings cannot be used:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return 4;
    }
    qCInfo(lcApp).noquote() << "settings: terminal" << config.terminalId << "printer" << (config.printer.isEmpty() ? QStringLiteral("(default)") : config.printer)
                            << "idle" << config.idleTimeoutSeconds << "s, languages" << config.languages.join(QLatin1Char(' ')) << "trust"
                            << config.trustDirs.join(QStringLiteral(", "));
    qCInfo(lcApp).noquote() << "evidence signing:" << (signer ? QStringLiteral("terminal ") + signer->terminalName() : QStringLiteral("none"));
    const TrustStore trustStore = TrustStore::load(config.trustDirs, config.demo ? config.testTrustDir : QString());
    std::unique_ptr<ReaderBackend> backend;
    SimBackend* sim = nullptr;
    if (config.demo) {
        auto simBackend = std::make_unique<SimBackend>();
        sim = simBackend.get();
        backend = std::move(simBackend);
    } else {
        backend = std::make_unique<PcscBackend>();
    }
    KioskWindow window(config, *backend, *purposes, *forms, trustStore, sim);
    // What the machine must do for the privacy model: warned about on screen and in the log.
    const QList<SystemSelfCheck::Finding> findings = SystemSelfCheck::run();
    for (const SystemSelfCheck::Finding& finding : findings)
        qCWarning(lcApp).noquote() << "self-check:" << finding.id() << finding.setting;
    window.setSelfCheckFindings(findings);
    window.setEvidenceSigner(signer ? &*signer : nullptr);
    if (config.kiosk) {
        window.setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
        window.showFullScreen();
    } else {
        window.resize(1280, 900);
        window.show();
    }
    std::unique_ptr<ScreenshotTour> screenshots;
    if (parser.isSet(tour) && config.demo) {
        screenshots = std::make_unique<ScreenshotTour>(window, QDir(parser.value(tour)));
        const int lingerMs = std::max(0, parser.value(linger).toInt()) * 1000;
        QObject::connect(screenshots.get(), &ScreenshotTour::done, &app, [lingerMs](bool ok) {
            if (lingerMs > 0)
                qCInfo(lcApp) << "tour ended; lingering";
            QTimer::singleShot(lingerMs, qApp, [ok] { QCoreApplication::exit(ok ? 0 : 1); });
        });
        screenshots->start();
    }
    return app.exec();
}
