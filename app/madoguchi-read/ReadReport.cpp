#include "app/madoguchi-read/ReadReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace madoguchi {

void ReadReport::setReader(const QString& reader, const QByteArray& atr)
{
    m_reader = reader;
    m_atr = atr;
}

void ReadReport::setDetection(const CardDetector::Detection& detection)
{
    m_detection = detection;
}

void ReadReport::setLink(const LinkStats& stats)
{
    m_link = stats;
}

ExitCode ReadReport::exitCode() const
{
    return m_verification.verdict() == Verification::Verdict::Genuine ? ExitCode::Genuine : ExitCode::NotGenuine;
}

QJsonObject ReadReport::toJson() const
{
    const QJsonValue null(QJsonValue::Null);
    QJsonArray checks;
    for (const Verification::Check& check : m_verification.checks())
        checks.append(QJsonObject{{QStringLiteral("name"), check.name},
                                  {QStringLiteral("result"), Verification::resultName(check.result)},
                                  {QStringLiteral("detail"), check.detail}});
    return QJsonObject{
        {QStringLiteral("reader"), m_reader},
        {QStringLiteral("atr"), QString::fromLatin1(m_atr.toHex().toUpper())},
        {QStringLiteral("document"),
         QJsonObject{{QStringLiteral("type"), documentTypeName(m_detection.type)},
                     {QStringLiteral("applications"), QJsonArray::fromStringList(m_detection.applications)},
                     {QStringLiteral("number"), null},
                     {QStringLiteral("issuer"), null},
                     {QStringLiteral("issueDate"), null},
                     {QStringLiteral("expiryDate"), null}}},
        {QStringLiteral("holder"),
         QJsonObject{{QStringLiteral("name"), null},
                     {QStringLiteral("nameKana"), null},
                     {QStringLiteral("nameLatin"), null},
                     {QStringLiteral("address"), null},
                     {QStringLiteral("birthDate"), null},
                     {QStringLiteral("sex"), null},
                     {QStringLiteral("nationality"), null}}},
        {QStringLiteral("face"), null},
        {QStringLiteral("fields"), QJsonObject()},
        {QStringLiteral("verification"),
         QJsonObject{{QStringLiteral("verdict"), Verification::verdictName(m_verification.verdict())},
                     {QStringLiteral("anchor"), m_verification.anchor().isEmpty() ? null : QJsonValue(m_verification.anchor())},
                     {QStringLiteral("checks"), checks}}},
        {QStringLiteral("credential"), QJsonObject{{QStringLiteral("triesLeft"), null}}},
        {QStringLiteral("link"),
         QJsonObject{{QStringLiteral("apdus"), m_link.apdus()},
                     {QStringLiteral("bytesSent"), m_link.bytesSent()},
                     {QStringLiteral("bytesReceived"), m_link.bytesReceived()}}},
    };
}

QString ReadReport::toText() const
{
    QString text;
    text += tr("Reader:   %1\n").arg(m_reader);
    text += tr("Card:     %1\n").arg(documentTypeLabel(m_detection.type));
    text += tr("Verdict:  %1\n").arg(Verification::verdictName(m_verification.verdict()));
    for (const Verification::Check& check : m_verification.checks())
        text += QStringLiteral("  - %1: %2 — %3\n").arg(check.name, Verification::resultName(check.result), check.detail);
    text += tr("Link:     %1 APDUs, %2 bytes sent, %3 bytes received\n")
                .arg(m_link.apdus())
                .arg(m_link.bytesSent())
                .arg(m_link.bytesReceived());
    return text;
}

} // namespace madoguchi
