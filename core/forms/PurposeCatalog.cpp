#include "core/forms/PurposeCatalog.h"

#include "core/audit/EvidenceRecord.h"
#include "core/base/VersionedJson.h"
#include "core/forms/FormBindings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi {

Result<PurposeCatalog, QString> PurposeCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot open the purposes file %1: %2").arg(path, file.errorString());
    auto catalog = fromJson(file.readAll());
    if (!catalog)
        return tr("%1: %2").arg(path, catalog.error());
    return catalog;
}

Result<PurposeCatalog, QString> PurposeCatalog::fromJson(const QByteArray& json)
{
    auto root = VersionedJson::parse(json);
    if (!root)
        return root.error();
    PurposeCatalog catalog;
    for (const QJsonValue& value : root->value(QLatin1String("purposes")).toArray()) {
        const QJsonObject o = value.toObject();
        Purpose p;
        p.id = o.value(QLatin1String("id")).toString();
        const QJsonObject labels = o.value(QLatin1String("label")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            p.labels.insert(it.key(), it.value().toString());
        const QJsonObject bases = o.value(QLatin1String("basis")).toObject();
        for (auto it = bases.begin(); it != bases.end(); ++it)
            p.bases.insert(it.key(), it.value().toString());
        p.category = o.value(QLatin1String("category")).toString();
        for (const QJsonValue& form : o.value(QLatin1String("forms")).toArray())
            p.forms.append(form.toString());
        p.usesMyNumber = o.value(QLatin1String("usesMyNumber")).toBool();
        for (const QJsonValue& field : o.value(QLatin1String("paperFields")).toArray())
            p.paperFields.append(field.toString());
        p.requiredItems = o.contains(QLatin1String("requiredItems")) ? o.value(QLatin1String("requiredItems")).toVariant().toStringList()
                                                                     : EvidenceRecord::identifyingItems();
        if (p.id.isEmpty() || p.labels.value(QStringLiteral("ja")).isEmpty() || p.bases.value(QStringLiteral("ja")).isEmpty() || p.forms.isEmpty())
            return tr("purpose %1: id, label.ja, basis.ja and at least one form are required").arg(catalog.m_purposes.size() + 1);
        if (catalog.find(p.id))
            return tr("purpose %1 is defined twice").arg(p.id);
        for (const QString& field : std::as_const(p.paperFields))
            if (!FormBindings::isKnown(field))
                return tr("purpose %1: unknown field %2 in paperFields").arg(p.id, field);
        for (const QString& item : std::as_const(p.requiredItems))
            if (!EvidenceRecord::identifyingItems().contains(item))
                return tr("purpose %1: requiredItems may name %2 only, not %3")
                    .arg(p.id, EvidenceRecord::identifyingItems().join(QStringLiteral(", ")), item);
        catalog.m_purposes.append(std::move(p));
    }
    if (catalog.m_purposes.isEmpty())
        return tr("no purposes defined");
    return catalog;
}

const Purpose* PurposeCatalog::find(const QString& id) const
{
    for (const Purpose& p : m_purposes)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace madoguchi
