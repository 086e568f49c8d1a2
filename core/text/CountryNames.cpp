#include "core/text/CountryNames.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace madoguchi {
namespace {

const QString kIsoCodes = QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
const QString kJapanese = QStringLiteral("/usr/share/locale/ja/LC_MESSAGES/iso_3166-1.mo");

// A GNU gettext catalogue (.mo): magic, revision, count, offsets of the original and translated
// string tables, each entry a (length, offset) pair. Read with bounds checks; nothing on error.
QHash<QString, QString> readCatalogue(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray mo = file.readAll();
    if (mo.size() < 20)
        return {};
    const auto* bytes = reinterpret_cast<const uchar*>(mo.constData());
    const bool little = qFromLittleEndian<quint32>(bytes) == 0x950412de;
    const auto word = [&](qsizetype at) -> std::optional<quint32> {
        if (at < 0 || at + 4 > mo.size())
            return std::nullopt;
        return little ? qFromLittleEndian<quint32>(bytes + at) : qFromBigEndian<quint32>(bytes + at);
    };
    if (!little && qFromBigEndian<quint32>(bytes) != 0x950412de)
        return {};
    const auto string = [&](qsizetype table, quint32 index) -> std::optional<QString> {
        const auto length = word(table + 8 * qsizetype(index));
        const auto offset = word(table + 8 * qsizetype(index) + 4);
        if (!length || !offset || qsizetype(*offset) + qsizetype(*length) > mo.size())
            return std::nullopt;
        return QString::fromUtf8(mo.constData() + *offset, qsizetype(*length));
    };
    QHash<QString, QString> out;
    const auto count = word(8), originals = word(12), translations = word(16);
    if (!count || !originals || !translations)
        return {};
    for (quint32 i = 0; i < *count; ++i) {
        const auto original = string(*originals, i);
        const auto translation = string(*translations, i);
        if (!original || !translation)
            break;
        out.insert(*original, *translation);
    }
    return out;
}

QHash<QString, CountryNames::Names> load()
{
    // ICAO Doc 9303-3 §5: codes for persons without a nationality of a state.
    QHash<QString, CountryNames::Names> names{
        {QStringLiteral("XXA"), {QStringLiteral("Stateless"), QStringLiteral("無国籍")}},
        {QStringLiteral("XXB"), {QStringLiteral("Refugee"), QStringLiteral("難民")}},
        {QStringLiteral("XXC"), {QStringLiteral("Refugee (other)"), QStringLiteral("難民（その他）")}},
        {QStringLiteral("XXX"), {QStringLiteral("Unspecified nationality"), QStringLiteral("国籍不明")}},
    };
    QFile file(kIsoCodes);
    if (!file.open(QIODevice::ReadOnly))
        return names;
    const QHash<QString, QString> japanese = readCatalogue(kJapanese);
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("3166-1")).toArray();
    for (const QJsonValue& value : countries) {
        const QJsonObject country = value.toObject();
        const QString name = country.value(QLatin1String("name")).toString();
        const QString common = country.value(QLatin1String("common_name")).toString(name);
        // The common name when it has a translation of its own (Taiwan → 台湾), else the ISO name's.
        const QString ja = japanese.value(common, japanese.value(name, common));
        names.insert(country.value(QLatin1String("alpha_3")).toString(), {common, ja});
    }
    return names;
}

} // namespace

std::optional<CountryNames::Names> CountryNames::byAlpha3(const QString& code)
{
    static const QHash<QString, Names> names = load();
    const auto it = names.constFind(code.toUpper());
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

} // namespace madoguchi
