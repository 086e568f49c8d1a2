// Prints what the signed 確認記録 costs and whether its QR code reads back off paper: for a My Number
// card sheet and a residence card sheet (the longest: 在留事項 as printed), signed with a P-256 and a
// P-384 test key — signing time, record and COSE bytes, QR characters and version, the module size
// in the sheet's QR box, and the time to find and decode it on the whole sheet rendered at 150, 200 and
// 300 dpi.

#include "core/base/ResourceLocator.h"
#include "core/cards/RecordField.h"
#include "core/forms/EvidenceSeal.h"
#include "core/forms/FormFiller.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/FormRenderer.h"
#include "core/forms/QrCode.h"
#include "core/sim/PersonaRecord.h"
#include "tests/support/TestSigner.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace madoguchi;

namespace {

constexpr int kSigningRounds = 200;

// The side of the sheet's QR box (resources/forms/evidence.json), in mm.
double qrBoxMm(const FormPage& sheet)
{
    for (const FormItem& item : sheet.form.items())
        if (item.type == FormItem::Type::Qr)
            return std::min(item.rect.width(), item.rect.height());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const PurposeCatalog purposes = PurposeCatalog::load(ResourceLocator::path(QStringLiteral("purposes.json"))).value();
    const FormLibrary library = FormLibrary::load(ResourceLocator::path(QStringLiteral("forms"))).value();
    QTemporaryDir keys;

    IdentityRecord myNumber = PersonaRecord::from(Persona::load(QStringLiteral("yamada-hanako")).value(), DocumentType::MyNumber);
    IdentityRecord residence = PersonaRecord::from(Persona::load(QStringLiteral("silva-lucas")).value(), DocumentType::Residence);
    residence.fields.insert(RecordField::kStatusCode, QStringLiteral("0000000017"));
    residence.fields.insert(RecordField::kStatusName, QStringLiteral("技術・人文知識・国際業務"));
    residence.fields.insert(RecordField::kPeriodOfStay, QStringLiteral("3年0月"));
    residence.fields.insert(RecordField::kPeriodOfStayEnd, QStringLiteral("2029-06-30"));
    residence.fields.insert(RecordField::kPermissionDate, QStringLiteral("2026-06-30"));
    residence.fields.insert(RecordField::kWorkRestriction, QStringLiteral("在留資格に基づく就労活動のみ可"));
    residence.fields.insert(RecordField::kComprehensivePermission, QStringLiteral("0"));
    residence.fields.insert(RecordField::kIndividualPermission, QStringLiteral("0"));

    // A full set of checks, as a second-generation residence card read gives them.
    Verification verification;
    for (const char* check : {"card-authentication", "certificate", "signature"})
        verification.add(QLatin1String(check), Verification::Result::Pass);
    for (const char* check : {"card-expiry", "period-of-stay"})
        verification.add(QLatin1String(check), Verification::Result::Pass, QString(), Verification::Aspect::Validity);
    verification.add(QStringLiteral("revocation"), Verification::Result::NotChecked, QString(), Verification::Aspect::Revocation);
    verification.addAnchor(QStringLiteral("/C=JP/O=Immigration Services Agency/CN=ZairyuCard CA2"), true);

    std::printf("%-10s %-6s %9s %8s %7s %8s %7s %10s %12s %12s %12s\n", "sheet", "key", "sign ms", "record B", "COSE B", "QR chars", "version",
                "module mm", "decode 150", "decode 200", "decode 300");
    for (const auto& [sheetName, record] : {std::pair{"mynumber", &myNumber}, {"residence", &residence}}) {
        for (const char* keyName : {"evidence-terminal", "evidence-rogue"}) {  // P-256, P-384
            const auto signer = testSigner(keys, QLatin1String(keyName));
            if (!signer) {
                std::fprintf(stderr, "%s\n", qPrintable(signer.error()));
                return 1;
            }
            const Purpose& purpose = *purposes.find(QStringLiteral("koza"));
            const EvidenceRecord evidence(*record, verification, {QStringLiteral("A-0123"), QStringLiteral("KIOSK-01"), purpose.label(QStringLiteral("ja")), QDateTime::currentDateTime(), QStringLiteral("ja"), false});
            QList<FormPage> pages = library.pagesFor(purpose, *record, evidence, QStringLiteral("ja"));
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < kSigningRounds; ++i)
                EvidenceSeal::seal(pages, verification, &*signer, QStringLiteral("ja"));
            const double signMs = double(timer.nsecsElapsed()) / 1e6 / kSigningRounds;
            const FormPage& sheet = pages.last();
            const QByteArray qr = FormFiller::qrPayload(sheet.form, sheet.data);
            const QByteArray recordBytes = EvidenceSeal::record(sheet.data, verification, EvidenceSeal::formsDigest(pages));
            const auto opened = EvidenceSeal::open(qr);
            const QImage code = QrCode::encode(qr);
            const int version = (code.width() - 17) / 4;
            const double moduleMm = qrBoxMm(sheet) / (code.width() + 2 * FormRenderer::kQrQuietModules);
            QString decodeMs[3];
            int column = 0;
            for (const int dpi : {150, 200, 300}) {
                const QImage scan = FormRenderer::renderImage(sheet, dpi);  // the whole sheet, as printed and scanned
                timer.restart();
                const auto read = QrCode::decode(scan);
                decodeMs[column++] = read && *read == qr ? QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) + QStringLiteral(" ms")
                                                         : QStringLiteral("unread");
            }
            std::printf("%-10s %-6s %9.2f %8lld %7lld %8lld %7d %10.2f %12s %12s %12s\n", sheetName,
                        opened && opened->message.algorithm == CoseSign1::kEs384 ? "P-384" : "P-256", signMs,
                        static_cast<long long>(recordBytes.size()), static_cast<long long>(EvidenceSeal::coseOf(qr).value_or(QByteArray()).size()),
                        static_cast<long long>(qr.size()), version, moduleMm, qPrintable(decodeMs[0]), qPrintable(decodeMs[1]), qPrintable(decodeMs[2]));
        }
    }
    return 0;
}
