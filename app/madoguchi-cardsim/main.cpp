// madoguchi-cardsim: serves a virtual card to pcscd through vsmartcard-vpcd.

#include "core/base/Logging.h"
#include "core/base/Translations.h"
#include "core/session/ProcessHardening.h"
#include "core/sim/MyNumberCardFront.h"
#include "core/sim/PassportDataPage.h"
#include "core/sim/ResidenceCardFront.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardFactory.h"
#include "core/sim/VpcdBridge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace madoguchi;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

void fail(const QString& message)
{
    std::fprintf(stderr, "madoguchi-cardsim: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    ProcessHardening::scrubFreedMemory();
    // Card images (names, addresses) are rendered with fonts: a GUI application without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-cardsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Serves a virtual identity card to pcscd through vsmartcard-vpcd."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption card(QStringLiteral("card"),
                                  //: Option help: %1 lists the card types.
                                  QCoreApplication::translate("main", "Card type: %1.").arg(simCardTypeNames().join(QLatin1String(", "))),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption persona(QStringLiteral("persona"),
                                     QCoreApplication::translate("main", "Persona: a JSON file, or the id of a shipped persona."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption host(QStringLiteral("host"), QCoreApplication::translate("main", "vpcd host."),
                                  QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("main", "vpcd port."),
                                  QStringLiteral("N"), QString::number(VpcdFraming::kDefaultPort));
    const QCommandLineOption bitrate(QStringLiteral("bitrate"),
                                     QCoreApplication::translate("main", "Model a link of this many bits per second."),
                                     QStringLiteral("BPS"));
    const QCommandLineOption turnaround(QStringLiteral("turnaround-ms"),
                                        QCoreApplication::translate("main", "Modelled per-APDU turnaround in milliseconds."),
                                        QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption noExtended(QStringLiteral("no-extended-length"),
                                        QCoreApplication::translate("main", "The card refuses extended-length APDUs (6700)."));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   //: Option help: %1 lists the faults.
                                   QCoreApplication::translate("main", "Serve a faulty card: %1.").arg(SimCardOptions::faultNames().join(QLatin1String(", "))),
                                   QStringLiteral("NAME"), QStringLiteral("none"));
    const QCommandLineOption quirk(QStringLiteral("quirk"),
                                   //: Option help: %1 lists the quirks (cap=N, refuse-above=N …); the option may be given several times.
                                   QCoreApplication::translate("main", "Serve a card with a quirk of real chips and readers: %1 (combinable).")
                                       .arg(SimQuirks::names().join(QLatin1String(", "))),
                                   QStringLiteral("QUIRK"));
    const QCommandLineOption faceImage(QStringLiteral("face-image"),
                                       QCoreApplication::translate("main", "Write a picture of the document's face to FILE and exit, instead of "
                                                                           "serving the card, as madoguchi-read --card-image reads it: a My "
                                                                           "Number card's or residence card's front, a passport's data page."),
                                       QStringLiteral("FILE"));
    parser.addOptions({card, persona, host, port, bitrate, turnaround, noExtended, fault, quirk, faceImage});
    parser.process(app);

    const auto type = simCardTypeFromName(parser.value(card));
    if (!type) {
        fail(QCoreApplication::translate("main", "--card must be one of: %1").arg(simCardTypeNames().join(QLatin1String(", "))));
        return 4;
    }
    if (!parser.isSet(persona)) {
        fail(QCoreApplication::translate("main", "--persona is required"));
        return 4;
    }
    auto loaded = Persona::load(parser.value(persona));
    if (!loaded) {
        fail(loaded.error());
        return 4;
    }
    if (parser.isSet(faceImage)) {
        QImage picture;
        if (*type == SimCardType::Passport)
            picture = PassportDataPage::fromPersona(*loaded).render();
        else if (*type == SimCardType::MyNumber && loaded->hasDocument(QStringLiteral("mynumber")))
            picture = MyNumberCardFront::fromPersona(*loaded).render();
        else if (*type == SimCardType::Residence && loaded->hasDocument(QStringLiteral("residence")))
            picture = ResidenceCardFront::fromPersona(*loaded).render();
        if (picture.isNull()) {
            fail(QCoreApplication::translate("main", "--face-image draws My Number cards, residence cards and passports the persona has"));
            return 4;
        }
        if (!picture.save(parser.value(faceImage))) {
            fail(QCoreApplication::translate("main", "--face-image: cannot write %1").arg(parser.value(faceImage)));
            return 4;
        }
        return 0;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber == 0 || portNumber > 65535) {
        fail(QCoreApplication::translate("main", "--port must be 1..65535"));
        return 4;
    }

    const auto faultKind = SimCardOptions::faultFromName(parser.value(fault));
    if (!faultKind) {
        fail(QCoreApplication::translate("main", "--fault must be one of: %1").arg(SimCardOptions::faultNames().join(QLatin1String(", "))));
        return 4;
    }
    SimCardOptions simOptions;
    simOptions.extendedLength = !parser.isSet(noExtended);
    simOptions.fault = *faultKind;
    auto quirks = SimQuirks::parse(parser.values(quirk).join(QLatin1Char(',')), &simOptions.extendedLength);
    if (!quirks) {
        fail(quirks.error());
        return 4;
    }
    simOptions.quirks = *quirks;
    std::shared_ptr<ApduResponder> virtualCard = SimCardFactory::create(*type, *loaded, simOptions);
    VpcdBridge bridge(virtualCard, parser.value(host), quint16(portNumber));
    std::optional<LinkModel> model;
    if (parser.isSet(bitrate)) {
        const int bps = parser.value(bitrate).toInt();
        const int ms = parser.value(turnaround).toInt();
        if (bps <= 0 || ms < 0) {
            fail(QCoreApplication::translate("main", "--bitrate must be positive and --turnaround-ms not negative"));
            return 4;
        }
        model = LinkModel(bps, std::chrono::milliseconds(ms));
        bridge.setLinkModel(*model);
    }
    QObject::connect(&bridge, &VpcdBridge::sessionEnded, &app, [&model](const LinkStats& stats) {
        QString line = QStringLiteral("card session: %1 APDUs, %2 bytes sent, %3 bytes received")
                           .arg(stats.apdus())
                           .arg(stats.bytesSent())
                           .arg(stats.bytesReceived());
        if (model)
            line += QStringLiteral(", modelled link time %1 ms").arg(model->totalTime(stats).count() / 1000.0, 0, 'f', 1);
        std::fprintf(stderr, "madoguchi-cardsim: %s\n", qPrintable(line));
    });

    // SIGINT/SIGTERM end the event loop cleanly, so the card is withdrawn from vpcd at once.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    std::fprintf(stderr, "madoguchi-cardsim: serving a %s card (persona %s, fault %s) to vpcd at %s:%u\n",
                 qPrintable(simCardTypeName(*type)), qPrintable(loaded->id()), qPrintable(parser.value(fault)),
                 qPrintable(parser.value(host)), portNumber);
    bridge.start();
    const int rc = app.exec();
    bridge.stop();
    return rc;
}
