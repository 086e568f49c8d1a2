#include "core/cards/residence/ResidenceStatusTable.h"

#include "core/base/VersionedJson.h"

#include <QFile>

namespace madoguchi {

Result<ResidenceStatusTable, QString> ResidenceStatusTable::load(const QString& path)
{
    if (path.isEmpty())
        return ResidenceStatusTable();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1: the status-code table's path; %2: why it could not be opened.
        return tr("cannot open the residence status table %1: %2").arg(path, file.errorString());
    return parse(file.readAll());
}

Result<ResidenceStatusTable, QString> ResidenceStatusTable::parse(const QByteArray& json)
{
    auto object = VersionedJson::parse(json);
    if (!object)
        return object.error();
    ResidenceStatusTable table;
    const QJsonObject statuses = object->value(QLatin1String("statuses")).toObject();
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it) {
        const QJsonObject names = it.value().toObject();
        const QString ja = names.value(QLatin1String("ja")).toString();
        // §B4: C9 holds 10 bytes; a name in Japanese is what staff need.
        if (it.key().size() != 10 || ja.isEmpty())
            //: %1: a key of the table's "statuses" object.
            return tr("residence status table: %1 is not a 10-character code with a Japanese name").arg(it.key());
        table.m_names.insert(it.key(), {ja, names.value(QLatin1String("en")).toString()});
    }
    return table;
}

std::optional<ResidenceStatusTable::Names> ResidenceStatusTable::names(const QString& code) const
{
    const auto it = m_names.constFind(code);
    if (it == m_names.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace madoguchi
