// madoguchi-verify: the auditor's check of a printed or scanned 確認記録. Reads the QR code of each
// sheet (PDF, PNG or JPEG), verifies the terminal's signature against the certificates in --trust,
// and prints the record in words with one verdict.
//
// Exit codes: 0 every sheet valid; 1 a signature invalid (the record was altered); 2 an unknown
// terminal; 3 no signed record; 4 usage; 5 a file that could not be read. With several sheets the
// highest code wins.

#include "app/madoguchi-verify/ScanReader.h"
#include "app/madoguchi-verify/VerifyReport.h"
#include "core/base/Translations.h"
#include "core/session/ProcessHardening.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace madoguchi;

namespace {

enum ExitCode
{
    kValid = 0,
    kSignatureInvalid = 1,
    kUnknownTerminal = 2,
    kNoSignedRecord = 3,
    kUsage = 4,
    kUnreadable = 5,
};

int exitCodeOf(EvidenceVerifier::Verdict verdict)
{
    switch (verdict) {
    case EvidenceVerifier::Verdict::Valid: return kValid;
    case EvidenceVerifier::Verdict::SignatureInvalid: return kSignatureInvalid;
    case EvidenceVerifier::Verdict::UnknownTerminal: return kUnknownTerminal;
    case EvidenceVerifier::Verdict::NoSignedRecord: return kNoSignedRecord;
    }
    return kNoSignedRecord;
}

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "madoguchi-verify: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    ProcessHardening::keepTemporaryFilesInMemory();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-verify"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    Translations::install(app);

    const auto tr = [](const char* text) { return QCoreApplication::translate("main", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Verifies the signed record (確認記録) on printed or scanned madoguchi sheets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scan(QStringLiteral("scan"), tr("A PDF, PNG or JPEG of a sheet (repeat for several)."), QStringLiteral("FILE"));
    const QCommandLineOption trust(QStringLiteral("trust"), tr("Folder of the terminal certificates and the institution's CA certificates (PEM)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption language(QStringLiteral("language"), tr("Language of the words: ja or en."), QStringLiteral("LANG"), QStringLiteral("ja"));
    parser.addOptions({scan, trust, json, language});
    parser.process(app);
    if (!parser.isSet(scan) || !parser.isSet(trust))
        return fail(tr("give --scan FILE (one or more) and --trust DIR"), kUsage);
    const EvidenceVerifier verifier(parser.value(trust));
    if (verifier.terminalCount() == 0)
        return fail(tr("no terminal certificate (PEM) in %1").arg(parser.value(trust)), kUsage);

    int worst = kValid;
    QJsonArray sheets;
    for (const QString& file : parser.values(scan)) {
        auto codes = ScanReader::qrCodes(file);
        if (!codes) {
            worst = std::max(worst, fail(codes.error(), kUnreadable));
            continue;
        }
        // The sheet's signed record: the first QR code that holds one; else say what was found.
        EvidenceVerifier::Outcome outcome;
        outcome.why = codes->isEmpty() ? tr("no QR code found") : QString();
        for (const QByteArray& code : std::as_const(*codes)) {
            outcome = verifier.verify(code);
            if (outcome.verdict != EvidenceVerifier::Verdict::NoSignedRecord)
                break;
        }
        worst = std::max(worst, exitCodeOf(outcome.verdict));
        if (parser.isSet(json))
            sheets.append(VerifyReport::json(file, outcome, parser.value(language)));
        else
            std::fputs(qPrintable(VerifyReport::text(file, outcome, parser.value(language))), stdout);
    }
    if (parser.isSet(json))
        std::fputs(QJsonDocument(sheets).toJson(QJsonDocument::Indented).constData(), stdout);
    return worst;
}
