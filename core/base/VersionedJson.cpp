#include "core/base/VersionedJson.h"

#include <QJsonDocument>

namespace madoguchi {

Result<QJsonObject, QString> VersionedJson::parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return tr("not a JSON object (%1)").arg(error.errorString());
    QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toInt() != 1)
        return tr("\"schema\" must be 1");
    return root;
}

} // namespace madoguchi
