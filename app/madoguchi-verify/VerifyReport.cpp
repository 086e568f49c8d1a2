#include "app/madoguchi-verify/VerifyReport.h"

#include "core/audit/EvidenceRecord.h"
#include "core/cards/CheckCatalogue.h"

#include <QCborArray>
#include <QJsonArray>

namespace madoguchi {
namespace {

// The record's keys (EvidenceSeal) with the labels the sheet prints.
struct Line
{
    const char* key;
    const char* ja;
    const char* en;
};
const Line kLines[] = {
    {"at", "確認日時", "Checked at"},        {"op", "確認者", "Operator"},         {"term", "端末", "Terminal ID"},
    {"purpose", "目的", "Purpose"},           {"method", "確認方法", "Method"},     {"doc", "本人確認書類", "Document"},
    {"no", "書類の番号", "Document number"}, {"exp", "有効期限", "Expires"},       {"name", "氏名", "Name"},
    {"addr", "住所", "Address"},              {"born", "生年月日", "Born"},          {"rev", "失効照会", "Revocation"},
    {"anchors", "信頼点", "Trust anchors"},   {"res", "在留事項", "Residence items"},   {"staff", "目視確認", "Staff confirmation"},
};

Verification::Result resultOf(const QString& code)
{
    return code == QLatin1String("p") ? Verification::Result::Pass : code == QLatin1String("f") ? Verification::Result::Fail
                                                                                                 : Verification::Result::NotChecked;
}

// 「真正（全ての署名を確認）／有効期間内」 from the record's verdict and validity ids.
QString verdictLine(const QCborMap& record, const QString& language)
{
    QString words;
    for (auto v : {Verification::Verdict::Genuine, Verification::Verdict::NotGenuine, Verification::Verdict::Unverified})
        if (Verification::verdictName(v) == record.value(QStringLiteral("verdict")).toString())
            words = EvidenceRecord::verdictWords(v, language);
    for (auto v : {Verification::Validity::Valid, Verification::Validity::Expired, Verification::Validity::Unknown})
        if (Verification::validityName(v) == record.value(QStringLiteral("validity")).toString())
            words += (language == QLatin1String("ja") ? QStringLiteral("／") : QStringLiteral(" / ")) + EvidenceRecord::validityWords(v, language);
    return words;
}

} // namespace

QString VerifyReport::text(const QString& source, const EvidenceVerifier::Outcome& outcome, const QString& language)
{
    const bool ja = language == QLatin1String("ja");
    QStringList out{QStringLiteral("%1: %2").arg(source, EvidenceVerifier::verdictName(outcome.verdict))};
    if (!outcome.why.isEmpty())
        out << QStringLiteral("  %1").arg(outcome.why);
    if (!outcome.terminal.isEmpty())
        out << (ja ? QStringLiteral("署名した端末: %1（鍵ID %2）%3") : QStringLiteral("Signed by terminal: %1 (key id %2)%3"))
                   .arg(outcome.terminal, QString::fromLatin1(outcome.kid.toHex()),
                        outcome.issuer.isEmpty() ? QString() : (ja ? QStringLiteral("、発行: %1") : QStringLiteral(", issued by %1")).arg(outcome.issuer));
    if (outcome.record.isEmpty())
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    // An altered or unknown record is shown for the auditor to compare, never as confirmed.
    if (outcome.verdict != EvidenceVerifier::Verdict::Valid)
        out << (ja ? QStringLiteral("（以下は検証できなかった記録の内容です）") : QStringLiteral("(the record below could not be verified)"));
    const QCborMap& r = outcome.record;
    for (const Line& line : kLines)
        if (r.contains(QLatin1String(line.key)))
            out << QStringLiteral("%1: %2").arg(QString::fromUtf8(ja ? line.ja : line.en), r.value(QLatin1String(line.key)).toString());
    out << QStringLiteral("%1: %2").arg(ja ? QStringLiteral("検証結果") : QStringLiteral("Verdict"), verdictLine(r, language));
    out << (ja ? QStringLiteral("個別の検証:") : QStringLiteral("Checks:"));
    for (const QCborValue& check : r.value(QStringLiteral("checks")).toArray()) {
        const QCborArray pair = check.toArray();
        out << QStringLiteral("  - %1: %2").arg(CheckCatalogue::title(pair.at(0).toString(), language),
                                                 CheckCatalogue::resultWords(resultOf(pair.at(1).toString()), language));
    }
    out << QStringLiteral("%1: %2").arg(ja ? QStringLiteral("同時に印刷した申請書の要約値（SHA-256）") : QStringLiteral("Forms printed with it (SHA-256)"),
                                        QString::fromLatin1(r.value(QStringLiteral("forms")).toByteArray().toHex()));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject VerifyReport::json(const QString& source, const EvidenceVerifier::Outcome& outcome, const QString& language)
{
    QJsonObject record;
    for (auto it = outcome.record.constBegin(); it != outcome.record.constEnd(); ++it) {
        const QString key = it.key().toString();
        if (key == QLatin1String("forms"))
            record.insert(key, QString::fromLatin1(it.value().toByteArray().toHex()));
        else if (key == QLatin1String("checks")) {
            QJsonArray checks;
            for (const QCborValue& check : it.value().toArray()) {
                const QCborArray pair = check.toArray();
                checks.append(QJsonObject{{QStringLiteral("name"), pair.at(0).toString()},
                                          {QStringLiteral("title"), CheckCatalogue::title(pair.at(0).toString(), language)},
                                          {QStringLiteral("result"), Verification::resultName(resultOf(pair.at(1).toString()))}});
            }
            record.insert(key, checks);
        } else {
            record.insert(key, it.value().toJsonValue());
        }
    }
    return QJsonObject{{QStringLiteral("source"), source},
                       {QStringLiteral("verdict"), EvidenceVerifier::verdictName(outcome.verdict)},
                       {QStringLiteral("why"), outcome.why},
                       {QStringLiteral("terminal"), outcome.terminal},
                       {QStringLiteral("issuer"), outcome.issuer},
                       {QStringLiteral("kid"), QString::fromLatin1(outcome.kid.toHex())},
                       {QStringLiteral("record"), record}};
}

} // namespace madoguchi
