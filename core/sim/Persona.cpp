#include "core/sim/Persona.h"

#include "core/base/ResourceLocator.h"
#include "core/base/VersionedJson.h"

#include <QCoreApplication>
#include <QFile>

namespace madoguchi {
Result<Persona, QString> Persona::load(const QString& idOrPath)
{
    const bool isPath = idOrPath.contains(QLatin1Char('/')) || idOrPath.endsWith(QLatin1String(".json"));
    const QString path = isPath ? idOrPath : ResourceLocator::path(QStringLiteral("personas/%1.json").arg(idOrPath));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot open persona file %1: %2").arg(path, file.errorString());
    return fromJson(file.readAll());
}

Result<Persona, QString> Persona::fromJson(const QByteArray& json)
{
    auto parsed = VersionedJson::parse(json);
    if (!parsed)
        return tr("persona: %1").arg(parsed.error());
    const QJsonObject root = *parsed;
    Persona p;
    p.m_id = root.value(QLatin1String("id")).toString();
    const QJsonObject name = root.value(QLatin1String("name")).toObject();
    p.m_nameKanji = name.value(QLatin1String("kanji")).toString();
    p.m_nameKana = name.value(QLatin1String("kana")).toString();
    p.m_nameLatin = name.value(QLatin1String("latin")).toString();
    p.m_birthDate = QDate::fromString(root.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
    const QString sex = root.value(QLatin1String("sex")).toString();
    if (sex == QLatin1String("male"))
        p.m_sex = Sex::Male;
    else if (sex == QLatin1String("female"))
        p.m_sex = Sex::Female;
    else if (sex == QLatin1String("unspecified"))
        p.m_sex = Sex::NotApplicable;
    p.m_nationality = root.value(QLatin1String("nationality")).toString();
    p.m_address = root.value(QLatin1String("address")).toString();
    p.m_postalCode = root.value(QLatin1String("postalCode")).toString();
    p.m_documents = root.value(QLatin1String("documents")).toObject();
    if (p.m_id.isEmpty() || p.m_nameKanji.isEmpty() || !p.m_birthDate.isValid())
        return tr("persona needs id, name.kanji and a valid birthDate (YYYY-MM-DD)");
    return p;
}

} // namespace madoguchi
