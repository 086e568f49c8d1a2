#include "core/session/TerminalStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace madoguchi {

QByteArray TerminalStatus::toJson() const
{
    QJsonArray findingIds;
    for (const SystemSelfCheck::Finding& finding : findings)
        findingIds.append(finding.id());
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("schema"), 1},
                             {QStringLiteral("program"), QStringLiteral("madoguchi")},
                             {QStringLiteral("version"), version},
                             {QStringLiteral("terminal"), terminalId},
                             {QStringLiteral("signing"), signingTerminal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(signingTerminal)},
                             {QStringLiteral("findings"), findingIds},
                             {QStringLiteral("readers"), QJsonArray::fromStringList(readers)},
                             {QStringLiteral("session"), sessionActive ? QStringLiteral("in-use") : QStringLiteral("idle")},
                             {QStringLiteral("written"), written.toUTC().toString(Qt::ISODate)},
                         })
        .toJson(QJsonDocument::Indented);
}

QString TerminalStatus::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(toJson());
    return file.commit() ? QString() : file.errorString();
}

} // namespace madoguchi
