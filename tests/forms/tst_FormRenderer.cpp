// Every shipped form rendered to PDF for several personas: the right strings on the right pages
// (pdftotext), and every QR code decoded back (ZXing) to the data it was made from.

#include "core/base/ResourceLocator.h"
#include "core/cards/RecordField.h"
#include "core/forms/EvidenceSeal.h"
#include "core/forms/FormFiller.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/FormRenderer.h"
#include "core/forms/QrCode.h"
#include "core/sim/PersonaRecord.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {

// Qt's PDF writer maps a glyph that the font shares between a radical and an ideograph to the
// lower code point, so pdftotext gives ⼭ for 山. NFKC folds the Kangxi radicals back; the CJK
// radicals supplement (U+2E80…) has no NFKC mapping, so the ones our texts meet are listed here.
// Whitespace is layout, not content.
QString comparable(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    static const QList<QPair<QChar, QChar>> supplement{{QChar(0x2EA0), QChar(0x6C11)},   // ⺠ 民
                                                       {QChar(0x2EC4), QChar(0x897F)},   // ⻄ 西
                                                       {QChar(0x2E9F), QChar(0x6BCD)},   // ⺟ 母
                                                       {QChar(0x2ED8), QChar(0x9752)}};  // ⻘ 青
    for (const auto& [radical, ideograph] : supplement)
        out.replace(radical, ideograph);
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

QString pageText(const QString& pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {"-layout", "-f", QString::number(page), "-l", QString::number(page), pdf, "-"});
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(20000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

class TestFormRenderer : public QObject
{
    Q_OBJECT

private:
    QList<FormPage> pagesFor(const QString& purposeId, const IdentityRecord& record) const
    {
        const Purpose& purpose = *m_purposes.find(purposeId);
        Verification v;
        v.add(QStringLiteral("text-signature"), Verification::Result::Pass, QStringLiteral("ok"));
        v.add(QStringLiteral("card-liveness"), Verification::Result::Fail, QStringLiteral("cloned"));
        v.addAnchor(QStringLiteral("9000033/001 (TEST anchor)"), false);
        const EvidenceRecord evidence(record, v, {"op-7", "term-2", purpose.label("ja"), QDateTime::currentDateTime(), "ja", purpose.usesMyNumber});
        QList<FormPage> pages = m_library.pagesFor(purpose, record, evidence, QStringLiteral("ja"));
        EvidenceSeal::seal(pages, v, nullptr, QStringLiteral("ja"));
        return pages;
    }
    QString writePdf(const QList<FormPage>& pages, const QString& name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || !FormRenderer::renderPdf(pages, &file).ok())
            return {};
        return file.fileName();
    }

    const PurposeCatalog m_purposes = PurposeCatalog::load(ResourceLocator::path(QStringLiteral("purposes.json"))).value();
    const FormLibrary m_library = FormLibrary::load(ResourceLocator::path(QStringLiteral("forms"))).value();
    QTemporaryDir m_dir;

private Q_SLOTS:
    void the_longest_sheet_fits();
    void every_purpose_for_two_personas_data();
    void every_purpose_for_two_personas();
    void qr_codes_decode_to_their_data();
    void long_address_shrinks_to_fit();
    void rare_kanji_and_latin_names();
    void missing_fields_are_blank();
    void formats();
};

void TestFormRenderer::the_longest_sheet_fits()
{
    // The longest persona address and the longest check list a read gives (a 07 card with its
    // residence part: 15 checks, two not made with their long reasons) on the record of the check:
    // every field fits at the template's smallest size; nothing is cut off.
    IdentityRecord record = PersonaRecord::from(Persona::load(QStringLiteral("suzuki-ichiro")).value(), DocumentType::SpecifiedResidence);
    record.fields.insert(RecordField::kStatusCode, QStringLiteral("0000000017"));
    record.fields.insert(RecordField::kStatusName, QStringLiteral("技術・人文知識・国際業務"));
    record.fields.insert(RecordField::kPeriodOfStay, QStringLiteral("3年0月"));
    record.fields.insert(RecordField::kPeriodOfStayEnd, QStringLiteral("2029-06-30"));
    record.fields.insert(RecordField::kPermissionDate, QStringLiteral("2026-06-30"));
    record.fields.insert(RecordField::kWorkRestriction, QStringLiteral("在留資格に基づく就労活動のみ可"));
    record.fields.insert(RecordField::kComprehensivePermission, QStringLiteral("1"));
    record.fields.insert(RecordField::kIndividualPermission, QStringLiteral("0"));
    Verification v;
    const QString offline = QStringLiteral("whether the issuer revoked it is known only online, at an inquiry this offline terminal did not make");
    for (const char* id : {"jpki-chain", "text-certificate", "text-signature", "surface-certificate", "surface-signature", "card-liveness",
                           "residence-card-authentication", "residence-certificate", "residence-signature", "residence-same-holder"})
        v.add(QLatin1String(id), Verification::Result::Pass, QStringLiteral("ok"));
    for (const char* id : {"card-expiry", "residence-card-expiry", "residence-period-of-stay"})
        v.add(QLatin1String(id), Verification::Result::Pass, QStringLiteral("ok"), Verification::Aspect::Validity);
    for (const char* id : {"jpki-revocation", "residence-revocation"})
        v.add(QLatin1String(id), Verification::Result::NotChecked, offline, Verification::Aspect::Revocation);
    v.addAnchor(QStringLiteral("/C=JP/O=Japan Agency for Local Authority Information Systems/OU=JPKI/OU=Authentication CA"), true);
    v.addAnchor(QStringLiteral("/C=JP/O=Immigration Services Agency/CN=ZairyuCard CA2"), true);
    const Purpose& purpose = *m_purposes.find(QStringLiteral("koza"));
    EvidenceRecord::Context context{"A-0123", "KIOSK-01", purpose.label("ja"), QDateTime::currentDateTimeUtc(), "ja", false};
    context.purposeBasis = purpose.basis(QStringLiteral("ja"));
    context.confirmation.photo = StaffConfirmation::Answer::Mismatch;
    context.confirmation.photoReason = QStringLiteral("チップの写真が不鮮明");
    context.confirmation.face = StaffConfirmation::Answer::Match;
    context.confirmation.overrideReason = QStringLiteral("上長が対面で確認");
    const EvidenceRecord evidence(record, v, context);
    QList<FormPage> pages = m_library.pagesFor(purpose, record, evidence, QStringLiteral("ja"));
    EvidenceSeal::seal(pages, v, nullptr, QStringLiteral("ja"));
    for (const FormPage& page : std::as_const(pages))
        QVERIFY2(FormRenderer::overflowing(page).isEmpty(), qPrintable(page.form.id() + QStringLiteral(": ") + FormRenderer::overflowing(page).join(QLatin1Char(' '))));
    // The measure does see a field that cannot fit: the check list four times over.
    FormPage crowded = pages.last();
    crowded.data.set(QStringLiteral("check.results"), crowded.data.value(QStringLiteral("check.results")).repeated(4));
    QCOMPARE(FormRenderer::overflowing(crowded), QStringList{QStringLiteral("check.results")});
}

void TestFormRenderer::every_purpose_for_two_personas_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("purpose");
    for (const char* persona : {"yamada-hanako", "tran-thi-mai"})
        for (const Purpose& purpose : m_purposes.purposes())
            QTest::addRow("%s %s", persona, qPrintable(purpose.id)) << QString::fromLatin1(persona) << purpose.id;
}

void TestFormRenderer::every_purpose_for_two_personas()
{
    QFETCH(QString, persona);
    QFETCH(QString, purpose);
    const IdentityRecord record = PersonaRecord::from(Persona::load(persona).value(), DocumentType::MyNumber);
    const QList<FormPage> pages = pagesFor(purpose, record);
    const QString pdf = writePdf(pages, persona + purpose + QStringLiteral(".pdf"));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pageCount(pdf), pages.size());
    for (int i = 0; i < pages.size(); ++i) {
        const QString text = comparable(pageText(pdf, i + 1));
        const FormPage& page = pages[i];
        QVERIFY2(text.contains(comparable(page.form.title("ja")).left(4)), qPrintable(text.left(80)));
        QVERIFY(!text.contains(QLatin1String("null")));
        // What the page binds is on that page and on no other.
        for (const QString& binding : {QStringLiteral("holder.name"), QStringLiteral("holder.address")})
            if (page.data.has(binding))
                QVERIFY2(text.contains(comparable(page.data.value(binding))), qPrintable(binding + QStringLiteral(" missing on page ") + QString::number(i + 1)));
        const bool evidence = page.form.id() == QLatin1String("evidence");
        // The individual number: on paper only for the 個人番号利用事務 purpose; masked on others' evidence.
        const bool allowed = purpose == QLatin1String("mynumber-card");
        QCOMPARE(text.contains(QLatin1String("123456789018")) || text.contains(QLatin1String("402987615398")), allowed);
        if (evidence) {
            QCOMPARE(text.contains(QLatin1String("************")), !allowed);
            QVERIFY(text.contains(comparable(QStringLiteral("ICチップを読み取り画面に表示"))));
            QVERIFY(text.contains(comparable(QStringLiteral("署名なし"))));  // no key: said on the sheet
            QVERIFY(text.contains(comparable(QStringLiteral("ICチップの実在確認（複製でないこと）:不合格"))));
        }
    }
}

void TestFormRenderer::qr_codes_decode_to_their_data()
{
    const IdentityRecord record = PersonaRecord::from(Persona::load(QStringLiteral("takasaki-yoshitaro")).value(), DocumentType::MyNumber);
    for (const Purpose& purpose : m_purposes.purposes()) {
        for (const FormPage& page : pagesFor(purpose.id, record)) {
            constexpr double dpi = 200;
            const QImage image = FormRenderer::renderImage(page, dpi);
            QRectF qrMm;
            for (const FormItem& item : page.form.items())
                if (item.type == FormItem::Type::Qr)
                    qrMm = item.rect;
            QVERIFY(!qrMm.isNull());
            const double k = dpi / 25.4;
            const QImage crop = image.copy(QRectF(qrMm.topLeft() * k, qrMm.size() * k).toAlignedRect().adjusted(-8, -8, 8, 8));
            const auto decoded = QrCode::decode(crop);
            QVERIFY2(decoded, qPrintable(page.form.id()));
            QCOMPARE(*decoded, FormFiller::qrPayload(page.form, page.data));
        }
    }
}

void TestFormRenderer::long_address_shrinks_to_fit()
{
    IdentityRecord record = PersonaRecord::from(Persona::load(QStringLiteral("suzuki-ichiro")).value(), DocumentType::MyNumber);
    record.address = QStringLiteral("北海道札幌市中央区北一条西二丁目１番地　札幌ファクトリーパークサイドレジデンス北棟東ウイング１２階１２３４号室（管理事務所気付）");
    QVERIFY(record.address.size() >= 60);
    const QString pdf = writePdf(pagesFor(QStringLiteral("tennyu"), record), QStringLiteral("long.pdf"));
    QVERIFY(comparable(pageText(pdf, 1)).contains(comparable(record.address)));
}

void TestFormRenderer::rare_kanji_and_latin_names()
{
    const IdentityRecord rare = PersonaRecord::from(Persona::load(QStringLiteral("takasaki-yoshitaro")).value(), DocumentType::MyNumber);
    QString pdf = writePdf(pagesFor(QStringLiteral("inkan"), rare), QStringLiteral("rare.pdf"));
    const QString text = comparable(pageText(pdf, 1));
    // 𠮷 (outside the BMP) is printed from the fallback font, but Qt's PDF text map leaves it out of
    // the extractable text; the QR code carries it exactly (qr_codes_decode_to_their_data).
    QVERIFY2(text.contains(comparable(QStringLiteral("髙﨑"))) && text.contains(QStringLiteral("太郎")), qPrintable(text.left(120)));

    const IdentityRecord latin = PersonaRecord::from(Persona::load(QStringLiteral("tran-thi-mai")).value(), DocumentType::MyNumber);
    pdf = writePdf(pagesFor(QStringLiteral("koza"), latin), QStringLiteral("latin.pdf"));
    QVERIFY(comparable(pageText(pdf, 1)).contains(QLatin1String("TRANTHIMAI")));
}

void TestFormRenderer::missing_fields_are_blank()
{
    IdentityRecord record = PersonaRecord::from(Persona::load(QStringLiteral("yamada-hanako")).value(), DocumentType::MyNumber);
    record.fields.remove(QStringLiteral("postalCode"));
    record.nameKana.clear();
    record.birthDate = QDate();
    const QString pdf = writePdf(pagesFor(QStringLiteral("koza"), record), QStringLiteral("blank.pdf"));
    const QString text = pageText(pdf, 1) + pageText(pdf, 2);
    for (const char* never : {"null", "NaN", "undefined", "Invalid"})
        QVERIFY2(!text.contains(QLatin1String(never), Qt::CaseInsensitive), never);
    QVERIFY(comparable(text).contains(comparable(record.name)));
}

void TestFormRenderer::formats()
{
    QCOMPARE(FormRenderer::formatted("wareki-date", "1980-02-17"), QStringLiteral("昭和55年2月17日"));
    QCOMPARE(FormRenderer::formatted("wareki-date", "2019-05-01"), QStringLiteral("令和1年5月1日"));
    QCOMPARE(FormRenderer::formatted("date", "1996-09-03"), QStringLiteral("1996年9月3日"));
    QCOMPARE(FormRenderer::formatted("sex", "female"), QStringLiteral("女"));
    QCOMPARE(FormRenderer::formatted("sex", "unspecified"), QString());
    QCOMPARE(FormRenderer::formatted("wareki-date", ""), QString());
}

QTEST_MAIN(TestFormRenderer)
#include "tst_FormRenderer.moc"
