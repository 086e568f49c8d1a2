// madoguchi-print: renders a purpose's forms from a persona, to PDF or a CUPS printer, for admins
// checking templates and printers. No card is read; the evidence sheet says so.

#include "core/sim/PersonaRecord.h"
#include "core/base/ResourceLocator.h"
#include "core/audit/EvidenceRecord.h"
#include "core/base/Translations.h"
#include "core/forms/EvidenceSeal.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/FormPrinter.h"
#include "core/forms/FormRenderer.h"
#include "core/session/ProcessHardening.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>

using namespace madoguchi;

namespace {

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "madoguchi-print: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    ProcessHardening::scrubFreedMemory();
    ProcessHardening::keepTemporaryFilesInMemory();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-print"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    Translations::install(app);

    const auto tr = [](const char* text) { return QCoreApplication::translate("main", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renders a visit purpose's forms from a persona, for checking templates and printers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption persona(QStringLiteral("persona"), tr("Persona: a JSON file, or the id of a shipped persona."), QStringLiteral("FILE"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), tr("Visit purpose id (see --list)."), QStringLiteral("ID"));
    const QCommandLineOption document(QStringLiteral("document"), tr("Document the persona shows: mynumber, licence, residence, passport."),
                                      QStringLiteral("TYPE"), QStringLiteral("mynumber"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the pages to this PDF file."), QStringLiteral("OUT"));
    const QCommandLineOption printer(QStringLiteral("printer"), tr("Print on this CUPS queue (\"default\" for the default one)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Language of printed words: ja or en."), QStringLiteral("LANG"),
                                      QStringLiteral("ja"));
    const QCommandLineOption operatorId(QStringLiteral("operator"), tr("Operator ID for the evidence sheet."), QStringLiteral("ID"),
                                        QStringLiteral("SAMPLE"));
    const QCommandLineOption terminalId(QStringLiteral("terminal"), tr("Terminal ID for the evidence sheet."), QStringLiteral("ID"),
                                        QStringLiteral("SAMPLE"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the purposes and their forms."));
    const QCommandLineOption purposesFile(QStringLiteral("purposes"), tr("An admin purposes file instead of the shipped one."),
                                          QStringLiteral("FILE"), ResourceLocator::path(QStringLiteral("purposes.json")));
    const QCommandLineOption formsDir(QStringLiteral("forms"), tr("A folder of form templates instead of the shipped ones."),
                                      QStringLiteral("DIR"), ResourceLocator::path(QStringLiteral("forms")));
    const QCommandLineOption signingKey(QStringLiteral("signing-key"),
                                        tr("Sign the evidence sheet with this key: a PEM file readable by its owner only, or an OpenSSL provider's URI."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption signingCert(QStringLiteral("signing-cert"), tr("The signing key's certificate (PEM)."), QStringLiteral("FILE"));
    parser.addOptions({persona, purpose, document, pdf, printer, language, operatorId, terminalId, list, purposesFile, formsDir, signingKey, signingCert});
    parser.process(app);

    auto purposes = PurposeCatalog::load(parser.value(purposesFile));
    if (!purposes)
        return fail(purposes.error(), 4);
    auto library = FormLibrary::load(parser.value(formsDir));
    if (!library)
        return fail(library.error(), 4);
    if (const QString problem = library->check(*purposes); !problem.isEmpty())
        return fail(problem, 4);
    if (parser.isSet(list)) {
        for (const Purpose& p : purposes->purposes())
            std::printf("%-14s %-28s %s%s\n", qPrintable(p.id), qPrintable(p.label(QStringLiteral("ja"))), qPrintable(p.forms.join(QLatin1String(", "))),
                        p.usesMyNumber ? " (個人番号利用事務)" : "");
        return 0;
    }
    const Purpose* chosen = purposes->find(parser.value(purpose));
    if (!chosen)
        return fail(tr("--purpose must be one of the ids --list shows"), 4);
    if (!parser.isSet(persona) || (!parser.isSet(pdf) && !parser.isSet(printer)))
        return fail(tr("give --persona and --pdf OUT or --printer NAME"), 4);
    auto loaded = Persona::load(parser.value(persona));
    if (!loaded)
        return fail(loaded.error(), 4);
    DocumentType type = DocumentType::Unknown;
    for (DocumentType t : {DocumentType::MyNumber, DocumentType::Licence, DocumentType::Residence, DocumentType::Passport})
        if (documentTypeName(t) == parser.value(document))
            type = t;
    if (type == DocumentType::Unknown)
        return fail(tr("--document must be mynumber, licence, residence or passport"), 4);

    const IdentityRecord record = PersonaRecord::from(*loaded, type);
    Verification verification;
    verification.add(QStringLiteral("sample"), Verification::Result::NotChecked, tr("rendered from a persona: no card was read"));
    EvidenceRecord::Context context{parser.value(operatorId), parser.value(terminalId), chosen->label(parser.value(language)),
                                    QDateTime::currentDateTime(), parser.value(language), chosen->usesMyNumber};
    context.purposeBasis = chosen->basis(parser.value(language));
    context.requiredItems = chosen->requiredItems;
    const EvidenceRecord evidence(record, verification, context);
    QList<FormPage> pages = library->pagesFor(*chosen, record, evidence, parser.value(language));
    std::optional<EvidenceSigner> signer;
    if (parser.isSet(signingKey) != parser.isSet(signingCert))
        return fail(tr("--signing-key and --signing-cert go together"), 4);
    if (parser.isSet(signingKey)) {
        auto key = EvidenceSigner::load(parser.value(signingKey), parser.value(signingCert));
        if (!key)
            return fail(key.error(), 4);
        signer = std::move(key).value();
    }
    EvidenceSeal::seal(pages, verification, signer ? &*signer : nullptr, parser.value(language));

    if (parser.isSet(pdf)) {
        QSaveFile out(parser.value(pdf));
        if (!out.open(QIODevice::WriteOnly))
            return fail(out.errorString(), 5);
        auto rendered = FormRenderer::renderPdf(pages, &out);
        if (!rendered)
            return fail(rendered.error(), 5);
        if (!out.commit())
            return fail(out.errorString(), 5);
    }
    if (parser.isSet(printer)) {
        const QString name = parser.value(printer) == QLatin1String("default") ? QString() : parser.value(printer);
        auto printed = FormPrinter::print(pages, name);
        if (!printed)
            return fail(printed.error(), 5);
    }
    std::fprintf(stderr, "madoguchi-print: %lld page(s) for purpose %s\n", static_cast<long long>(pages.size()), qPrintable(chosen->id));
    return 0;
}
