#include "core/base/ResourceLocator.h"
#include "core/cards/RecordField.h"
#include "core/forms/FormFiller.h"
#include "core/forms/FormLibrary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace madoguchi;

class TestFormFiller : public QObject
{
    Q_OBJECT

private:
    IdentityRecord myNumberRecord() const
    {
        IdentityRecord r;
        r.type = DocumentType::MyNumber;
        r.name = QStringLiteral("山田　花子");
        r.address = QStringLiteral("東京都千代田区霞が関一丁目３番１号");
        r.birthDate = QDate(1980, 2, 17);
        r.sex = IdentityRecord::Sex::Female;
        r.documentNumber = QStringLiteral("123456789018");
        r.expiryDate = QDate(2035, 2, 17);
        return r;
    }
    EvidenceRecord evidenceFor(const IdentityRecord& r, const QString& purpose, bool myNumberAllowed = false) const
    {
        Verification v;
        v.add(QStringLiteral("text-signature"), Verification::Result::Pass);
        v.addAnchor(QStringLiteral("9000033/001 (TEST anchor)"), false);
        return EvidenceRecord(r, v, {"op-7", "term-2", purpose, QDateTime(QDate(2026, 11, 21), QTime(1, 15, 30), Qt::UTC), "ja", myNumberAllowed});
    }
    const PurposeCatalog m_purposes = PurposeCatalog::load(ResourceLocator::path(QStringLiteral("purposes.json"))).value();
    const FormLibrary m_library = FormLibrary::load(ResourceLocator::path(QStringLiteral("forms"))).value();

private Q_SLOTS:
    void municipal_form_gets_its_paper_fields();
    void my_number_only_for_its_purpose();
    void evidence_masks_the_my_number_unless_allowed();
    void evidence_digest_changes_with_content();
    void qr_payload_is_the_filled_data();
    void missing_values_stay_blank();
    void evidence_says_validity_revocation_and_residence_items();
    void the_sheet_is_headed_by_the_purposes_legal_basis();
    void the_sheet_says_a_required_item_the_document_lacks();
};

void TestFormFiller::municipal_form_gets_its_paper_fields()
{
    const IdentityRecord r = myNumberRecord();
    const Purpose& tennyu = *m_purposes.find(QStringLiteral("tennyu"));
    const FormData data = FormFiller::fill(*m_library.find(QStringLiteral("juminido")), tennyu, r, evidenceFor(r, tennyu.label(QStringLiteral("ja"))), QStringLiteral("ja"));
    QCOMPARE(data.value(QStringLiteral("holder.name")), QStringLiteral("山田　花子"));
    QCOMPARE(data.value(QStringLiteral("holder.birthDate")), QStringLiteral("1980-02-17"));
    QCOMPARE(data.value(QStringLiteral("holder.sex")), QStringLiteral("female"));
    QCOMPARE(data.value(QStringLiteral("purpose.id")), QStringLiteral("tennyu"));  // ticks 転入
    QCOMPARE(data.value(QStringLiteral("document.type")), QStringLiteral("個人番号カード"));
    QCOMPARE(data.value(QStringLiteral("form.date")), QStringLiteral("2026-11-21"));
    QVERIFY(!data.has(QStringLiteral("document.number")));
}

void TestFormFiller::my_number_only_for_its_purpose()
{
    const IdentityRecord r = myNumberRecord();
    const Purpose& card = *m_purposes.find(QStringLiteral("mynumber-card"));
    FormData data = FormFiller::fill(*m_library.find(QStringLiteral("mynumber-card")), card, r, evidenceFor(r, QString()), QStringLiteral("ja"));
    QCOMPARE(data.value(QStringLiteral("document.number")), QStringLiteral("123456789018"));
    // A bank form lists document.number, but the individual number is not for banks.
    const Purpose& koza = *m_purposes.find(QStringLiteral("koza"));
    data = FormFiller::fill(*m_library.find(QStringLiteral("koza")), koza, r, evidenceFor(r, QString()), QStringLiteral("ja"));
    QVERIFY(!data.has(QStringLiteral("document.number")));
    // …while a licence number is what the bank records.
    IdentityRecord licence = r;
    licence.type = DocumentType::Licence;
    licence.documentNumber = QStringLiteral("301234567890");
    data = FormFiller::fill(*m_library.find(QStringLiteral("koza")), koza, licence, evidenceFor(licence, QString()), QStringLiteral("ja"));
    QCOMPARE(data.value(QStringLiteral("document.number")), QStringLiteral("301234567890"));
}

void TestFormFiller::evidence_masks_the_my_number_unless_allowed()
{
    const IdentityRecord r = myNumberRecord();
    for (const Purpose& purpose : m_purposes.purposes()) {
        const FormData data = FormFiller::fill(*m_library.find(QStringLiteral("evidence")), purpose, r,
                                               evidenceFor(r, purpose.id, purpose.usesMyNumber), QStringLiteral("ja"));
        QCOMPARE(data.value(QStringLiteral("document.number")), purpose.usesMyNumber ? QStringLiteral("123456789018") : QStringLiteral("************"));
        if (!purpose.usesMyNumber)
            for (const QString& value : data.values())
                QVERIFY(!value.contains(QLatin1String("123456789018")));
        QCOMPARE(data.value(QStringLiteral("check.method")), QStringLiteral("ICチップを読み取り画面に表示"));
        // Japan's time with its offset, and the date in 和暦.
        QCOMPARE(data.value(QStringLiteral("check.dateTime")), QStringLiteral("2026-11-21 10:15:30 JST (+09:00)（令和8年11月21日）"));
        QCOMPARE(data.value(QStringLiteral("check.operator")), QStringLiteral("op-7"));
        QCOMPARE(data.value(QStringLiteral("check.results")), QStringLiteral("券面事項入力補助APの署名（発行者: 地方公共団体情報システム機構）: 合格"));
    }
}

void TestFormFiller::evidence_digest_changes_with_content()
{
    IdentityRecord r = myNumberRecord();
    const QString a = evidenceFor(r, QStringLiteral("転入")).digest();
    QCOMPARE(a.size(), 64);
    QCOMPARE(evidenceFor(r, QStringLiteral("転入")).digest(), a);
    r.address += QStringLiteral("２");
    QVERIFY(evidenceFor(r, QStringLiteral("転入")).digest() != a);
}

void TestFormFiller::qr_payload_is_the_filled_data()
{
    const IdentityRecord r = myNumberRecord();
    const Purpose& tennyu = *m_purposes.find(QStringLiteral("tennyu"));
    const FormTemplate& form = *m_library.find(QStringLiteral("juminido"));
    const FormData data = FormFiller::fill(form, tennyu, r, evidenceFor(r, QString()), QStringLiteral("ja"));
    const QJsonObject payload = QJsonDocument::fromJson(FormFiller::qrPayload(form, data)).object();
    QCOMPARE(payload.value(QLatin1String("form")).toString(), QStringLiteral("juminido"));
    QCOMPARE(payload.value(QLatin1String("holder.name")).toString(), QStringLiteral("山田　花子"));
    QVERIFY(!payload.contains(QLatin1String("holder.postalCode")));  // empty values are left out
    const FormTemplate& evidence = *m_library.find(QStringLiteral("evidence"));
    const FormData sheet = FormFiller::fill(evidence, tennyu, r, evidenceFor(r, QString()), QStringLiteral("ja"));
    const QJsonObject proof = QJsonDocument::fromJson(FormFiller::qrPayload(evidence, sheet)).object();
    QCOMPARE(proof.value(QLatin1String("sha256")).toString(), sheet.value(QStringLiteral("check.digest")));
    QVERIFY(!proof.contains(QLatin1String("holder.name")));
}

void TestFormFiller::missing_values_stay_blank()
{
    IdentityRecord r = myNumberRecord();
    r.address.clear();
    const Purpose& tennyu = *m_purposes.find(QStringLiteral("tennyu"));
    const FormData data = FormFiller::fill(*m_library.find(QStringLiteral("juminido")), tennyu, r, evidenceFor(r, QString()), QStringLiteral("ja"));
    QCOMPARE(data.value(QStringLiteral("holder.address")), QString());
    QVERIFY(!data.has(QStringLiteral("holder.address")));
}

void TestFormFiller::evidence_says_validity_revocation_and_residence_items()
{
    IdentityRecord r = myNumberRecord();
    r.type = DocumentType::Residence;
    r.documentNumber = QStringLiteral("UH98765432BR");
    r.fields.insert(RecordField::kStatusCode, QStringLiteral("0000000017"));
    r.fields.insert(RecordField::kStatusName, QStringLiteral("技術・人文知識・国際業務"));
    r.fields.insert(RecordField::kPeriodOfStay, QStringLiteral("3年0月"));
    r.fields.insert(RecordField::kPeriodOfStayEnd, QStringLiteral("2029-06-30"));
    r.fields.insert(RecordField::kWorkRestriction, QStringLiteral("在留資格に基づく就労活動のみ可"));
    Verification v;
    v.add(QStringLiteral("signature"), Verification::Result::Pass);
    v.add(QStringLiteral("card-expiry"), Verification::Result::Fail, QString(), Verification::Aspect::Validity);
    v.add(QStringLiteral("revocation"), Verification::Result::NotChecked, QString(), Verification::Aspect::Revocation);
    v.addAnchor(QStringLiteral("ZairyuCard CA2"), true);
    const Purpose& purpose = m_purposes.purposes().first();
    const auto fill = [&](const QDateTime& revocationCheckedAt) {
        const EvidenceRecord evidence(r, v, {"op-7", "term-2", purpose.id, QDateTime(QDate(2026, 11, 21), QTime(10, 15, 30)), "ja", false,
                                             revocationCheckedAt});
        return FormFiller::fill(*m_library.find(QStringLiteral("evidence")), purpose, r, evidence, QStringLiteral("ja"));
    };
    const FormData unasked = fill({});
    // Authentic and expired: not "not genuine".
    QCOMPARE(unasked.value(QStringLiteral("check.verdict")), QStringLiteral("真正（全ての署名を確認）／有効期間切れ"));
    QCOMPARE(unasked.value(QStringLiteral("check.revocation")), QStringLiteral("在留カード等番号失効情報照会: 未実施"));
    const QString items = unasked.value(QStringLiteral("residence.items"));
    QVERIFY2(items.startsWith(QStringLiteral("在留資格: 技術・人文知識・国際業務（0000000017）")) && items.contains(QStringLiteral("在留期間: 3年0月（2029-06-30まで）"))
                 && items.contains(QStringLiteral("就労制限: 在留資格に基づく就労活動のみ可")),
             qPrintable(items));
    // Staff asked the inquiry at 10:20 JST.
    const FormData asked = fill(QDateTime(QDate(2026, 11, 21), QTime(1, 20), Qt::UTC));
    QCOMPARE(asked.value(QStringLiteral("check.revocation")), QStringLiteral("在留カード等番号失効情報照会: 実施、失効なし（2026-11-21 10:20 JST、担当者が確認）"));
}

void TestFormFiller::the_sheet_is_headed_by_the_purposes_legal_basis()
{
    // 口座開設 is a 犯収法 transaction; 転入 is a notification under 住民基本台帳法, not one.
    const IdentityRecord r = myNumberRecord();
    for (const auto& [id, words] : {std::pair{"koza", "第20条"}, {"tennyu", "住民基本台帳法"}, {"keitai", "携帯音声通信"}}) {
        const Purpose& purpose = *m_purposes.find(QLatin1String(id));
        Verification v;
        EvidenceRecord::Context context{"op", "term", purpose.label("ja"), QDateTime::currentDateTimeUtc(), "ja", false};
        context.purposeBasis = purpose.basis(QStringLiteral("ja"));
        const FormData data = FormFiller::fill(*m_library.find(QStringLiteral("evidence")), purpose, r, EvidenceRecord(r, v, context), QStringLiteral("ja"));
        QVERIFY2(data.value(QStringLiteral("purpose.basis")).contains(QString::fromUtf8(words)), id);
    }
    QVERIFY(!m_purposes.find(QStringLiteral("tennyu"))->basis(QStringLiteral("ja")).contains(QStringLiteral("犯罪による収益")));
}

void TestFormFiller::the_sheet_says_a_required_item_the_document_lacks()
{
    // A passport holds no address: 犯収法 (口座開設) requires it, so the sheet says it is missing
    // instead of leaving a blank an auditor would read as an omission; 転入 does not require it.
    IdentityRecord r = myNumberRecord();
    r.type = DocumentType::Passport;
    r.address.clear();
    r.documentNumber = QStringLiteral("TH0123456");
    Verification v;
    const auto sheet = [&](const char* id) {
        const Purpose& purpose = *m_purposes.find(QLatin1String(id));
        EvidenceRecord::Context context{"op", "term", purpose.label("ja"), QDateTime::currentDateTimeUtc(), "ja", false};
        context.requiredItems = purpose.requiredItems;
        return FormFiller::fill(*m_library.find(QStringLiteral("evidence")), purpose, r, EvidenceRecord(r, v, context), QStringLiteral("ja"));
    };
    QCOMPARE(sheet("koza").value(QStringLiteral("holder.address")),
             QStringLiteral("記載なし（この書類には住居の記録がありません。補完書類等で確認が必要です）"));
    QCOMPARE(sheet("koza").value(QStringLiteral("holder.name")), r.name);
    QCOMPARE(sheet("tennyu").value(QStringLiteral("holder.address")), QString());
    QCOMPARE(EvidenceRecord::missingItems(r, m_purposes.find(QStringLiteral("koza"))->requiredItems), QStringList{"holder.address"});
    QCOMPARE(EvidenceRecord::missingItems(myNumberRecord(), EvidenceRecord::identifyingItems()), QStringList());
    // A new-style residence card holds name and address as images only: held, and said so.
    IdentityRecord residence = myNumberRecord();
    residence.type = DocumentType::Residence;
    residence.name.clear();
    residence.address.clear();
    residence.images.insert(QStringLiteral("name"), {});
    residence.images.insert(QStringLiteral("address"), {});
    QCOMPARE(EvidenceRecord::missingItems(residence, EvidenceRecord::identifyingItems()), QStringList());
    const Purpose& koza = *m_purposes.find(QStringLiteral("koza"));
    EvidenceRecord::Context context{"op", "term", koza.label("ja"), QDateTime::currentDateTimeUtc(), "ja", false};
    const FormData data = FormFiller::fill(*m_library.find(QStringLiteral("evidence")), koza, residence, EvidenceRecord(residence, v, context), QStringLiteral("ja"));
    QVERIFY(data.value(QStringLiteral("holder.name")).startsWith(QStringLiteral("ICチップに画像でのみ記録")));
    QVERIFY(data.value(QStringLiteral("holder.address")).startsWith(QStringLiteral("ICチップに画像でのみ記録")));
}

QTEST_GUILESS_MAIN(TestFormFiller)
#include "tst_FormFiller.moc"
