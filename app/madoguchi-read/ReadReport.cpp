#include "app/madoguchi-read/ReadReport.h"

#include "core/cards/CheckCatalogue.h"
#include "core/cards/RecordField.h"
#include "core/crypto/Rsa.h"

#include <QJsonArray>

namespace madoguchi {
namespace {

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Images are described, not carried, but for 外字 glyphs: those are part of the text, and a
// consumer of the JSON needs them to show it (drivers-licence.md §A4).
QJsonValue image(const IdentityRecord::Image& image, bool withData = false)
{
    if (image.bytes.isEmpty())
        return QJsonValue::Null;
    QJsonObject out{{QStringLiteral("format"), image.format},
                    {QStringLiteral("bytes"), image.bytes.size()},
                    {QStringLiteral("sha256"), QString::fromLatin1(Rsa::sha256(image.bytes).toHex())}};
    if (image.width > 0) {
        out.insert(QStringLiteral("width"), image.width);
        out.insert(QStringLiteral("height"), image.height);
    }
    if (withData)
        out.insert(QStringLiteral("base64"), QString::fromLatin1(image.bytes.toBase64()));
    return out;
}

} // namespace

void ReadReport::setReader(const QString& reader, const QByteArray& atr)
{
    m_reader = reader;
    m_atr = atr;
}

void ReadReport::setDetection(const CardDetector::Detection& detection)
{
    m_detection = detection;
}

void ReadReport::setOutcome(CardReadOutcome outcome)
{
    m_outcome = std::move(outcome);
}

void ReadReport::setLink(const LinkStats& stats, int readSize)
{
    m_link = stats;
    m_readSize = readSize;
}

ExitCode ReadReport::exitCode() const
{
    if (m_outcome.credentialRefused())
        return ExitCode::CredentialRejected;
    if (m_outcome.verification.verdict() != Verification::Verdict::Genuine)
        return ExitCode::NotGenuine;
    return m_outcome.verification.validity() == Verification::Validity::Expired ? ExitCode::GenuineButExpired : ExitCode::Genuine;
}

DocumentType ReadReport::documentType() const
{
    // What was read can say more than what was detected (a My Number card holding a licence).
    return m_outcome.record.type != DocumentType::Unknown ? m_outcome.record.type : m_detection.type;
}

QJsonObject ReadReport::toJson() const
{
    const IdentityRecord& r = m_outcome.record;
    const Verification& v = m_outcome.verification;
    QJsonArray checks;
    for (const Verification::Check& check : v.checks())
        checks.append(QJsonObject{{QStringLiteral("name"), check.name},
                                  {QStringLiteral("title"), QJsonObject{{QStringLiteral("ja"), CheckCatalogue::title(check.name, QStringLiteral("ja"))},
                                                                        {QStringLiteral("en"), CheckCatalogue::title(check.name, QStringLiteral("en"))}}},
                                  {QStringLiteral("result"), Verification::resultName(check.result)},
                                  {QStringLiteral("aspect"), Verification::aspectName(check.aspect)},
                                  {QStringLiteral("detail"), check.detail}});
    QJsonObject fields;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    for (auto it = r.images.cbegin(); it != r.images.cend(); ++it)
        fields.insert(it.key() + QStringLiteral("Image"), image(it.value(), it.key().startsWith(QLatin1String("gaiji"))));
    const auto& c = m_outcome.credential;
    QJsonArray counters;
    for (const auto& counter : c.counters)
        counters.append(QJsonObject{{QStringLiteral("key"), counter.key},
                                    {QStringLiteral("triesLeft"), counter.triesLeft ? QJsonValue(*counter.triesLeft) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("status"), counter.status ? QJsonValue(SafeVerify::statusName(*counter.status))
                                                                              : QJsonValue(QStringLiteral("queried"))}});
    return QJsonObject{
        {QStringLiteral("reader"), m_reader},
        {QStringLiteral("atr"), QString::fromLatin1(m_atr.toHex().toUpper())},
        {QStringLiteral("document"),
         QJsonObject{{QStringLiteral("type"), documentTypeName(documentType())},
                     {QStringLiteral("applications"), QJsonArray::fromStringList(m_detection.applications)},
                     {QStringLiteral("number"), text(r.documentNumber)},
                     {QStringLiteral("issuer"), text(r.issuer)},
                     {QStringLiteral("issueDate"), date(r.issueDate)},
                     {QStringLiteral("expiryDate"), date(r.expiryDate)}}},
        {QStringLiteral("holder"),
         QJsonObject{{QStringLiteral("name"), text(r.name)},
                     {QStringLiteral("nameKana"), text(r.nameKana)},
                     {QStringLiteral("nameLatin"), text(r.nameLatin)},
                     {QStringLiteral("address"), text(r.address)},
                     {QStringLiteral("birthDate"), date(r.birthDate)},
                     {QStringLiteral("sex"), text(IdentityRecord::sexName(r.sex))},
                     {QStringLiteral("nationality"), text(r.nationality)}}},
        {QStringLiteral("face"), image(r.face)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("verification"),
         QJsonObject{{QStringLiteral("verdict"), Verification::verdictName(v.verdict())},
                     {QStringLiteral("validity"), Verification::validityName(v.validity())},
                     {QStringLiteral("anchor"), text(v.anchor())},
                     {QStringLiteral("checks"), checks}}},
        {QStringLiteral("credential"),
         QJsonObject{{QStringLiteral("route"), text(c.route)},
                     {QStringLiteral("status"), c.status ? QJsonValue(SafeVerify::statusName(*c.status)) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("triesLeft"), c.triesLeft ? QJsonValue(*c.triesLeft) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("secondTriesLeft"), c.secondTriesLeft ? QJsonValue(*c.secondTriesLeft) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("key"), text(c.key)},
                     {QStringLiteral("fromImage"), QJsonArray::fromStringList(m_fromImage)},
                     {QStringLiteral("counters"), counters}}},
        {QStringLiteral("link"),
         QJsonObject{{QStringLiteral("apdus"), m_link.apdus()},
                     {QStringLiteral("bytesSent"), m_link.bytesSent()},
                     {QStringLiteral("bytesReceived"), m_link.bytesReceived()},
                     {QStringLiteral("readSize"), m_readSize},
                     {QStringLiteral("largestAnswer"), largestAnswer()}}},
    };
}

int ReadReport::largestAnswer() const
{
    int largest = 0;
    for (const LinkStats::Exchange& exchange : m_link.exchanges())
        largest = std::max(largest, exchange.received - 2);  // without SW1 SW2
    return largest;
}

QString ReadReport::toText() const
{
    const IdentityRecord& r = m_outcome.record;
    const Verification& v = m_outcome.verification;
    QString out;
    const auto line = [&out](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out += QStringLiteral("%1 %2\n").arg(label, -12).arg(value);
    };
    line(tr("Reader:"), m_reader);
    line(tr("Card:"), documentTypeLabel(documentType()));
    line(tr("Name:"), r.name);
    line(tr("Address:"), r.address);
    line(tr("Born:"), r.birthDate.toString(Qt::ISODate));
    line(tr("Number:"), r.documentNumber);
    line(tr("Expires:"), r.expiryDate.toString(Qt::ISODate));
    if (!r.face.bytes.isEmpty())
        line(tr("Photo:"), QStringLiteral("%1 %2×%3").arg(r.face.format).arg(r.face.width).arg(r.face.height));
    else
        line(tr("Photo:"), r.fields.value(RecordField::kFaceMissing));
    const auto& c = m_outcome.credential;
    if (c.status)
        line(tr("Credential:"), tr("%1 %2").arg(c.route, SafeVerify::statusName(*c.status)));
    QStringList counterLines;
    for (const auto& counter : c.counters)
        //: Report line "Tries left:", one counter: %1 its name (PIN1, 照合番号B (text items) …), %2 the tries, %3 its answer.
        counterLines << tr("%1 %2 (%3)")
                            .arg(CheckCatalogue::counterTitle(counter.key, QStringLiteral("en")), counter.triesLeft ? QString::number(*counter.triesLeft) : QStringLiteral("?"),
                                 counter.status ? SafeVerify::statusName(*counter.status) : tr("queried"));
    line(tr("Tries left:"), counterLines.join(QLatin1String(", ")));
    //: Report line: the credential's items that were read off a picture (--card-image), e.g. documentNumber, birthDate.
    line(tr("From image:"), m_fromImage.join(QLatin1String(", ")));
    //: Report line "Verdict:": %1 authenticity (genuine, not-genuine, unverified), %2 validity (valid, expired, unknown).
    line(tr("Verdict:"), tr("%1 (%2)").arg(Verification::verdictName(v.verdict()), Verification::validityName(v.validity())));
    for (const Verification::Check& check : v.checks())
        out += QStringLiteral("  - %1: %2 — %3\n")
                   .arg(CheckCatalogue::title(check.name, QStringLiteral("en")), CheckCatalogue::resultWords(check.result, QStringLiteral("en")), check.detail);
    line(tr("Anchors:"), v.anchor());
    //: Report line "Link:": counts of one read.
    line(tr("Link:"), tr("%1 APDUs, %2 bytes sent, %3 bytes received").arg(m_link.apdus()).arg(m_link.bytesSent()).arg(m_link.bytesReceived()));
    //: Report line "Reads:": %1 the largest Le a read asked for on this link (255: short APDUs, 65536: extended length,
    //: less when the card refused larger reads), %2 the largest answer the card sent.
    line(tr("Reads:"), tr("up to %1 bytes asked, largest answer %2 bytes").arg(m_readSize).arg(largestAnswer()));
    return out;
}

} // namespace madoguchi
