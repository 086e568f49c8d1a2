#include "core/forms/EvidenceSeal.h"

#include "core/audit/Base45.h"
#include "core/forms/FormFiller.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace madoguchi {
namespace {

constexpr int kRecordVersion = 1;
// A QR code holds less than 3 KB: a larger length in the zlib header is not a record of ours, and
// is refused before anything is allocated for it.
constexpr quint32 kMaxRecordBytes = 16 * 1024;

// The printed values the record carries, by its short key (docs/EVIDENCE.md lists them).
const QList<std::pair<const char*, const char*>> kPrinted{
    {"at", "check.dateTime"},      {"op", "check.operator"},  {"term", "check.terminal"}, {"purpose", "purpose.label"}, {"basis", "purpose.basis"},
    {"method", "check.method"},    {"doc", "document.type"},  {"no", "document.number"},  {"exp", "document.expiryDate"},
    {"name", "holder.name"},       {"addr", "holder.address"}, {"born", "holder.birthDate"}, {"anchors", "check.anchor"},
    {"rev", "check.revocation"},   {"res", "residence.items"}, {"staff", "check.staff"},
};

QString resultCode(Verification::Result result)
{
    switch (result) {
    case Verification::Result::Pass: return QStringLiteral("p");
    case Verification::Result::Fail: return QStringLiteral("f");
    case Verification::Result::NotChecked: return QStringLiteral("n");
    }
    return {};
}

} // namespace

QByteArray EvidenceSeal::formsDigest(const QList<FormPage>& pages)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const FormPage& page : pages) {
        if (page.form.id() == QLatin1String(FormFiller::kEvidenceForm))
            continue;
        QJsonObject values{{QStringLiteral("form"), page.form.id()}};
        for (auto it = page.data.values().cbegin(); it != page.data.values().cend(); ++it)
            values.insert(it.key(), it.value());
        hash.addData(QJsonDocument(values).toJson(QJsonDocument::Compact));
    }
    return hash.result();
}

QByteArray EvidenceSeal::record(const FormData& sheet, const Verification& verification, const QByteArray& formsDigest)
{
    QCborMap record{{QStringLiteral("v"), kRecordVersion}};
    for (const auto& [key, binding] : kPrinted)
        if (sheet.has(QLatin1String(binding)))
            record.insert(QLatin1String(key), sheet.value(QLatin1String(binding)));
    record.insert(QStringLiteral("verdict"), Verification::verdictName(verification.verdict()));
    record.insert(QStringLiteral("validity"), Verification::validityName(verification.validity()));
    QCborArray checks;
    for (const Verification::Check& check : verification.checks())
        checks.append(QCborArray{check.name, resultCode(check.result)});
    record.insert(QStringLiteral("checks"), checks);
    record.insert(QStringLiteral("forms"), formsDigest);
    return record.toCborValue().toCbor();
}

void EvidenceSeal::seal(QList<FormPage>& pages, const Verification& verification, const EvidenceSigner* signer, const QString& language)
{
    const bool ja = language == QLatin1String("ja");
    const QByteArray digest = signer ? formsDigest(pages) : QByteArray();  // only a signed record carries it
    for (FormPage& page : pages) {
        if (page.form.id() != QLatin1String(FormFiller::kEvidenceForm))
            continue;
        if (!signer) {
            page.data.set(QLatin1String(kSignatureBinding), ja ? QStringLiteral("署名なし（この端末には記録の署名鍵が設定されていません）")
                                                                : QStringLiteral("unsigned (this terminal has no signing key)"));
            continue;
        }
        const QByteArray cose = signer->sign(record(page.data, verification, digest));
        if (cose.isEmpty()) {
            // The key went away after it was loaded (a token pulled, a TPM that stopped answering):
            // no QR code rather than one that cannot verify, and words that say why.
            page.data.set(QLatin1String(kSignatureBinding), ja ? QStringLiteral("署名できませんでした（署名鍵が応答しません）。この記録は署名されていません")
                                                                : QStringLiteral("not signed: the signing key did not answer"));
            continue;
        }
        page.data.set(QLatin1String(kSealBinding), QString::fromLatin1(qrText(cose)));
        const QString kid = QString::fromLatin1(signer->kid().toHex().left(16));
        page.data.set(QLatin1String(kSignatureBinding),
                      (ja ? QStringLiteral("電子署名あり: 端末 %1（鍵ID %2…）。QRコードを madoguchi-verify で検証できます")
                          : QStringLiteral("signed by terminal %1 (key id %2…); verify the QR code with madoguchi-verify"))
                          .arg(signer->terminalName(), kid));
    }
}

QByteArray EvidenceSeal::qrText(const QByteArray& cose)
{
    return kPrefix + Base45::encode(qCompress(cose, 9));
}

std::optional<QByteArray> EvidenceSeal::coseOf(QByteArrayView text)
{
    if (!text.startsWith(kPrefix))
        return std::nullopt;
    const auto compressed = Base45::decode(text.sliced(qsizetype(sizeof kPrefix) - 1));
    if (!compressed || compressed->size() < 4 || qFromBigEndian<quint32>(compressed->constData()) > kMaxRecordBytes)
        return std::nullopt;
    QByteArray cose = qUncompress(*compressed);
    if (cose.isEmpty())
        return std::nullopt;
    return cose;
}

Result<EvidenceSeal::Opened, QString> EvidenceSeal::open(QByteArrayView text)
{
    if (!text.startsWith(kPrefix))
        return tr("the QR code holds no signed record (no %1 prefix)").arg(QLatin1String(kPrefix));
    const auto bytes = coseOf(text);
    if (!bytes)
        return tr("the QR code's record is not Base45 of a compressed record");
    auto message = CoseSign1::parse(*bytes);
    if (!message)
        return message.error();
    QCborParserError error;
    const QCborValue record = QCborValue::fromCbor(message->payload, &error);
    if (error.error != QCborError::NoError || !record.isMap() || record.toMap().value(QStringLiteral("v")).toInteger() != kRecordVersion)
        return tr("the signed payload is not a version-%1 record").arg(kRecordVersion);
    return Opened{std::move(message).value(), record.toMap()};
}

} // namespace madoguchi
