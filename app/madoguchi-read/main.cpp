// madoguchi-read: reads an identity card on a PC/SC reader (or a virtual one) and prints one report.

#include "app/madoguchi-read/ReadCommand.h"
#include "app/madoguchi-read/options/LicenceOptions.h"
#include "app/madoguchi-read/options/MyNumberOptions.h"
#include "app/madoguchi-read/options/CardImageOptions.h"
#include "app/madoguchi-read/options/PassportOptions.h"
#include "app/madoguchi-read/options/ResidenceOptions.h"
#include "core/base/Translations.h"
#include "core/session/ProcessHardening.h"
#include "core/sim/SimCardType.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QThread>
#include <cstdio>

using namespace madoguchi;

namespace {

int usage(const QString& message)
{
    std::fprintf(stderr, "madoguchi-read: %s\n", qPrintable(message));
    return int(ExitCode::Usage);
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    ProcessHardening::scrubFreedMemory();
    // The report goes straight to the pipe: no copy of it stays in a stdio buffer.
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    // The report says what went wrong; log lines (ours and Qt's, from start-up on) are for --verbose.
    if (std::none_of(argv + 1, argv + argc, [](const char* arg) { return qstrcmp(arg, "--verbose") == 0; }))
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(message));
        });
    // Virtual cards render their images with fonts: a GUI application without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-read"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    Translations::install(app);

    const auto tr = [](const char* text) { return QCoreApplication::translate("main", text); };
    ReadCommand::Options options;
    int lingerSeconds = 0;
    {
        // The parser keeps copies of every argument: it goes before the read starts.
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Reads an identity card by its IC chip and prints what was read and verified.\n"
               "Exit codes: 0 genuine, 1 not genuine or unverified, 2 credential rejected,\n"
               "3 no pcscd / reader / card, 4 usage, 5 card error.\n"
               "Credentials given as - are read from standard input."));
        parser.addHelpOption();
        parser.addVersionOption();
        const QCommandLineOption reader(
            QStringLiteral("reader"), tr("Use the reader whose name contains TEXT."), QStringLiteral("TEXT"));
        const QCommandLineOption sim(
            QStringLiteral("sim"),
            tr("Read a virtual card in this process instead of PC/SC (implies --demo)."),
            QStringLiteral("TYPE:PERSONA[:FAULT]"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
        const QCommandLineOption wait(QStringLiteral("wait"), tr("Wait this long for a card to be placed."),
                                      QStringLiteral("SECONDS"), QStringLiteral("5"));
        const QCommandLineOption answerTimeout(QStringLiteral("answer-timeout"),
                                               tr("How long one command may wait for the card's answer before the card counts as mute."),
                                               QStringLiteral("SECONDS"), QStringLiteral("30"));
        const QCommandLineOption verbose(QStringLiteral("verbose"),
                                         tr("Log reader and card events (never customer data) on stderr."));
        const QCommandLineOption trust(QStringLiteral("trust"),
                                       tr("Production trust anchors from DIR instead of the shipped ones."),
                                       QStringLiteral("DIR"));
        const QCommandLineOption demo(
            QStringLiteral("demo"),
            tr("Also accept the test anchors of the virtual cards (never \"genuine\")."));
        const QCommandLineOption useLastTry(QStringLiteral("use-last-try"),
                                            tr("Send the credential even when only one try is left."));
        const QCommandLineOption linger(
            QStringLiteral("linger"),
            tr("Stay alive this long after the read has ended, so that the process can be inspected."),
            QStringLiteral("SECONDS"), QStringLiteral("0"));
        parser.addOptions({reader, sim, json, wait, verbose, trust, demo, useLastTry, linger, answerTimeout});
        // One option group per card kind.
        const MyNumberOptions myNumber;
        const LicenceOptions licence;
        const ResidenceOptions residence;
        const PassportOptions passport;
        const CardImageOptions cardImage;
        const std::initializer_list<const CredentialOptions*> groups{&myNumber, &licence, &residence, &passport, &cardImage};
        for (const CredentialOptions* group : groups)
            parser.addOptions(group->options());
        if (!parser.parse(app.arguments()))
            return usage(parser.errorText());
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();

        bool waitOk = false;
        bool answerTimeoutOk = false;
        options.readerFilter = parser.value(reader);
        options.sim = parser.value(sim);
        options.json = parser.isSet(json);
        options.waitSeconds = parser.value(wait).toInt(&waitOk);
        options.answerTimeoutSeconds = parser.value(answerTimeout).toInt(&answerTimeoutOk);
        options.trustDir = parser.value(trust);
        options.demo = parser.isSet(demo);
        if (!waitOk || options.waitSeconds < 0 || !answerTimeoutOk || options.answerTimeoutSeconds < 1
            || !parser.positionalArguments().isEmpty())
            return usage(tr("bad arguments; see --help"));

        options.request.allowLastTry = parser.isSet(useLastTry);
        for (const CredentialOptions* group : groups)
            if (auto taken = group->take(parser, options.request); !taken)
                return usage(taken.error());
        lingerSeconds = std::max(0, parser.value(linger).toInt());
    }
    ProcessHardening::wipeArguments(argc, argv);
    const ExitCode code = ReadCommand(std::move(options)).run();
    ProcessHardening::scrubStack();
    // Everything of the read is gone by now: a memory image taken while lingering must not hold it.
    QThread::sleep(static_cast<unsigned long>(lingerSeconds));
    return int(code);
}
