#include "core/audit/EvidenceRecord.h"

#include "core/cards/CheckCatalogue.h"
#include "core/cards/RecordField.h"
#include "core/text/WarekiDate.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi {
namespace {

QString documentWords(DocumentType type, const QString& language)
{
    const bool ja = language == QLatin1String("ja");
    switch (type) {
    case DocumentType::MyNumber: return ja ? QStringLiteral("個人番号カード") : QStringLiteral("My Number card");
    case DocumentType::MyNumberLicence: return ja ? QStringLiteral("個人番号カード（免許情報記録）") : QStringLiteral("My Number card with driving licence");
    case DocumentType::Licence: return ja ? QStringLiteral("運転免許証") : QStringLiteral("Driver's licence");
    case DocumentType::Residence: return ja ? QStringLiteral("在留カード") : QStringLiteral("Residence card");
    case DocumentType::SpecifiedResidence: return ja ? QStringLiteral("特定在留カード（カード種別07）") : QStringLiteral("Specified residence card (card type 07)");
    case DocumentType::SpecifiedPermanentResident:
        return ja ? QStringLiteral("特定特別永住者証明書（カード種別08）") : QStringLiteral("Specified special permanent resident certificate (card type 08)");
    case DocumentType::Passport: return ja ? QStringLiteral("旅券") : QStringLiteral("Passport");
    case DocumentType::Unknown: break;
    }
    return {};
}

// A residence card's chip-only items in one line (the sheet's 在留事項); empty for other cards, and
// for a 07/08 card whose residence items were not read.
QString residenceWords(const IdentityRecord& r, bool ja)
{
    const QString code = r.fields.value(RecordField::kStatusCode);
    if (code.isEmpty())
        return {};
    QStringList parts;
    const QString name = r.fields.value(ja ? RecordField::kStatusName : RecordField::kStatusNameEnglish);
    parts << (ja ? QStringLiteral("在留資格: %1") : QStringLiteral("status: %1"))
                 .arg(name.isEmpty() ? (ja ? QStringLiteral("コード %1（表に無し）") : QStringLiteral("code %1 (not in the table)")).arg(code)
                                     : QStringLiteral("%1（%2）").arg(name, code));
    if (r.fields.contains(RecordField::kPeriodOfStay)) {
        const QString end = r.fields.value(RecordField::kPeriodOfStayEnd);
        parts << (ja ? QStringLiteral("在留期間: %1") : QStringLiteral("period of stay: %1")).arg(r.fields.value(RecordField::kPeriodOfStay))
                         + (end.isEmpty() ? QString() : (ja ? QStringLiteral("（%1まで）") : QStringLiteral(" (through %1)")).arg(end));
    }
    if (const QString date = r.fields.value(RecordField::kPermissionDate); !date.isEmpty())
        parts << (ja ? QStringLiteral("許可年月日: %1") : QStringLiteral("permitted: %1")).arg(date);
    if (const QString work = r.fields.value(RecordField::kWorkRestriction); !work.isEmpty())
        parts << (ja ? QStringLiteral("就労制限: %1") : QStringLiteral("work: %1")).arg(work);
    const QString comprehensive = r.fields.value(RecordField::kComprehensivePermission);
    const QString individual = r.fields.value(RecordField::kIndividualPermission);
    if (!comprehensive.isEmpty() || !individual.isEmpty())
        parts << (ja ? QStringLiteral("資格外活動許可: 包括 %1、個別 %2") : QStringLiteral("outside status: comprehensive %1, individual %2"))
                     .arg(comprehensive.isEmpty() ? QStringLiteral("-") : comprehensive, individual.isEmpty() ? QStringLiteral("-") : individual);
    return parts.join(ja ? QStringLiteral("／") : QStringLiteral(" / "));
}

} // namespace

QStringList EvidenceRecord::identifyingItems()
{
    return {QStringLiteral("holder.name"), QStringLiteral("holder.address"), QStringLiteral("holder.birthDate")};
}

QStringList EvidenceRecord::missingItems(const IdentityRecord& record, const QStringList& required)
{
    const QMap<QString, bool> held{{QStringLiteral("holder.name"), !record.name.isEmpty() || !record.nameLatin.isEmpty() || heldAsImage(record, QStringLiteral("holder.name"))},
                                   {QStringLiteral("holder.address"), !record.address.isEmpty() || heldAsImage(record, QStringLiteral("holder.address"))},
                                   {QStringLiteral("holder.birthDate"), record.birthDate.isValid()}};
    QStringList missing;
    for (const QString& item : identifyingItems())
        if (required.contains(item) && !held.value(item))
            missing.append(item);
    return missing;
}

bool EvidenceRecord::heldAsImage(const IdentityRecord& record, const QString& binding)
{
    // Residence cards: the first generation's whole card face ("front"), the second's name and
    // address images (residence-card.md: "names and addresses are now images only").
    if (record.images.contains(QStringLiteral("front")))
        return binding == QLatin1String("holder.name") || binding == QLatin1String("holder.address");
    if (binding == QLatin1String("holder.name"))
        return record.images.contains(QStringLiteral("name"));
    if (binding == QLatin1String("holder.address"))
        return record.images.contains(QStringLiteral("address"));
    return false;
}

QString EvidenceRecord::itemWords(const QString& binding, const QString& language)
{
    const bool ja = language == QLatin1String("ja");
    if (binding == QLatin1String("holder.name"))
        return ja ? QStringLiteral("氏名") : QStringLiteral("name");
    if (binding == QLatin1String("holder.address"))
        return ja ? QStringLiteral("住居") : QStringLiteral("address");
    if (binding == QLatin1String("holder.birthDate"))
        return ja ? QStringLiteral("生年月日") : QStringLiteral("date of birth");
    return binding;
}

QString EvidenceRecord::verdictWords(Verification::Verdict verdict, const QString& language)
{
    const bool ja = language == QLatin1String("ja");
    switch (verdict) {
    case Verification::Verdict::Genuine: return ja ? QStringLiteral("真正（全ての署名を確認）") : QStringLiteral("genuine (every signature verified)");
    case Verification::Verdict::NotGenuine: return ja ? QStringLiteral("真正でない（検証に失敗）") : QStringLiteral("not genuine (a check failed)");
    case Verification::Verdict::Unverified: return ja ? QStringLiteral("検証できず") : QStringLiteral("could not be verified");
    }
    return {};
}

QString EvidenceRecord::validityWords(Verification::Validity validity, const QString& language)
{
    const bool ja = language == QLatin1String("ja");
    switch (validity) {
    case Verification::Validity::Valid: return ja ? QStringLiteral("有効期間内") : QStringLiteral("within its validity");
    case Verification::Validity::Expired: return ja ? QStringLiteral("有効期間切れ") : QStringLiteral("expired");
    case Verification::Validity::Unknown: return ja ? QStringLiteral("有効期間は未確認") : QStringLiteral("validity not confirmed");
    }
    return {};
}

QString EvidenceRecord::revocationWords(const Verification& verification, const QDateTime& checkedAt, const QString& language)
{
    const bool ja = language == QLatin1String("ja");
    const auto has = [&](const char* name) { return verification.result(QLatin1String(name)).has_value(); };
    if (has("revocation") || has("residence-revocation")) {
        if (!checkedAt.isValid())
            return ja ? QStringLiteral("在留カード等番号失効情報照会: 未実施") : QStringLiteral("ISA revocation inquiry: not made");
        const QString at = checkedAt.toOffsetFromUtc(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return ja ? QStringLiteral("在留カード等番号失効情報照会: 実施、失効なし（%1 JST、担当者が確認）").arg(at)
                  : QStringLiteral("ISA revocation inquiry: made, not revoked (%1 JST, confirmed by staff)").arg(at);
    }
    if (has("jpki-revocation"))
        return ja ? QStringLiteral("電子証明書の失効確認: 未実施（オフライン端末。J-LISの失効情報は認定を受けた事業者のみ照会可）")
                  : QStringLiteral("certificate revocation: not checked (offline terminal; J-LIS answers approved verifiers only)");
    return ja ? QStringLiteral("この書類には照会先がありません") : QStringLiteral("no revocation inquiry exists for this document");
}

EvidenceRecord::EvidenceRecord(const IdentityRecord& record, const Verification& verification, const Context& context)
{
    const bool ja = context.language == QLatin1String("ja");
    auto& v = m_values;
    v.insert(QStringLiteral("check.operator"), context.operatorId);
    v.insert(QStringLiteral("check.terminal"), context.terminalId);
    // The counter's time: Japan's, with its offset, and the date in 和暦 as Japanese records keep it.
    const QDateTime japan = context.checkedAt.toOffsetFromUtc(9 * 3600);
    const auto wareki = WarekiDate::fromGregorian(japan.date());
    v.insert(QStringLiteral("check.dateTime"), japan.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" JST (+09:00)")
                                                   + (wareki ? QStringLiteral("（%1）").arg(wareki->toString()) : QString()));
    v.insert(QStringLiteral("check.method"), ja ? QStringLiteral("ICチップを読み取り画面に表示") : QStringLiteral("IC chip read and shown on screen"));
    v.insert(QStringLiteral("check.verdict"),
             QStringLiteral("%1%2%3").arg(verdictWords(verification.verdict(), context.language), ja ? QStringLiteral("／") : QStringLiteral(" / "),
                                          validityWords(verification.validity(), context.language)));
    v.insert(QStringLiteral("check.staff"), context.confirmation.words(context.language));
    v.insert(QStringLiteral("check.revocation"), revocationWords(verification, context.revocationCheckedAt, context.language));
    // Each check in words (CheckCatalogue); why, for a check that did not pass.
    QStringList results;
    for (const Verification::Check& check : verification.checks()) {
        const QString line = QStringLiteral("%1: %2").arg(CheckCatalogue::title(check.name, context.language),
                                                         CheckCatalogue::resultWords(check.result, context.language));
        results.append(check.result == Verification::Result::Pass || check.detail.isEmpty()
                           ? line
                           : (ja ? QStringLiteral("%1（%2）") : QStringLiteral("%1 (%2)")).arg(line, check.detail));
    }
    v.insert(QStringLiteral("check.results"), results.join(QLatin1Char('\n')));
    v.insert(QStringLiteral("check.anchor"), verification.anchor());
    v.insert(QStringLiteral("document.type"), documentWords(record.type, context.language));
    // The individual number only for a 個人番号利用事務 (番号法 第19条, 第20条); masked otherwise.
    const bool masked = carriesIndividualNumber(record.type) && !record.documentNumber.isEmpty() && !context.myNumberAllowed;
    v.insert(QStringLiteral("document.number"), masked ? QString(12, QLatin1Char('*')) : record.documentNumber);
    v.insert(QStringLiteral("document.expiryDate"), record.expiryDate.toString(Qt::ISODate));
    v.insert(QStringLiteral("holder.name"), record.name.isEmpty() ? record.nameLatin : record.name);
    v.insert(QStringLiteral("holder.address"), record.address);
    v.insert(QStringLiteral("holder.birthDate"), record.birthDate.toString(Qt::ISODate));
    v.insert(QStringLiteral("purpose.label"), context.purposeLabel);
    v.insert(QStringLiteral("purpose.basis"), context.purposeBasis);
    v.insert(QStringLiteral("residence.items"), residenceWords(record, ja));
    // An item the basis requires and the document does not hold is said, not left blank: the record
    // shows the gap an auditor would otherwise take for an omission.
    // A residence card records the name (and on new cards the address) only as an image: the sheet
    // says so rather than leave the row blank; staff saw the image on the review.
    for (const QString& item : {QStringLiteral("holder.name"), QStringLiteral("holder.address")})
        if (v.value(item).isEmpty() && heldAsImage(record, item))
            v.insert(item, ja ? QStringLiteral("ICチップに画像でのみ記録（確認時に画面に表示。文字での記録はありません）")
                              : QStringLiteral("recorded on the chip as an image only (shown on screen at the check; no text)"));
    for (const QString& item : missingItems(record, context.requiredItems))
        v.insert(item, ja ? QStringLiteral("記載なし（この書類には%1の記録がありません。補完書類等で確認が必要です）").arg(itemWords(item, context.language))
                          : QStringLiteral("not held (this document does not record the %1; it must be checked on another document)")
                                .arg(itemWords(item, context.language)));

    QJsonObject canonical;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        canonical.insert(it.key(), it.value());  // QJsonObject keeps keys sorted: one canonical form
    m_digest = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
    v.insert(QStringLiteral("check.digest"), m_digest);
}

} // namespace madoguchi
