// madoguchi-read: reads an identity card on a PC/SC reader (or a virtual one) and prints one report.

#include "app/madoguchi-read/ReadCommand.h"
#include "core/base/Translations.h"
#include "core/session/ProcessHardening.h"
#include "core/sim/SimCardType.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace madoguchi;

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-read"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Reads an identity card by its IC chip and prints what was read and verified.\n"
                "Exit codes: 0 genuine, 1 not genuine or unverified, 2 credential rejected,\n"
                "3 no pcscd / reader / card, 4 usage, 5 card error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption reader(QStringLiteral("reader"),
                                    QCoreApplication::translate("main", "Use the reader whose name contains TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption sim(QStringLiteral("sim"),
                                 QCoreApplication::translate("main", "Read a virtual card in this process instead of PC/SC "
                                                                     "(TYPE one of %1).")
                                     .arg(simCardTypeNames().join(QLatin1String(", "))),
                                 QStringLiteral("TYPE:PERSONA"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("main", "Print one JSON object."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  QCoreApplication::translate("main", "Wait this long for a card to be placed."),
                                  QStringLiteral("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("main", "Log reader and card events (never customer data) on stderr."));
    parser.addOptions({reader, sim, json, wait, verbose});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "madoguchi-read: %s\n", qPrintable(parser.errorText()));
        return int(ExitCode::Usage);
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    // The report says what went wrong; the library's own log lines are for --verbose.
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    bool waitOk = false;
    ReadCommand::Options options;
    options.readerFilter = parser.value(reader);
    options.sim = parser.value(sim);
    options.json = parser.isSet(json);
    options.waitSeconds = parser.value(wait).toInt(&waitOk);
    if (!waitOk || options.waitSeconds < 0 || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "madoguchi-read: %s\n", qPrintable(QCoreApplication::translate("main", "bad arguments; see --help")));
        return int(ExitCode::Usage);
    }
    return int(ReadCommand(options).run());
}
