#include "core/cards/licence/LicenceEntries.h"

#include "core/apdu/CardFileTlv.h"
#include "core/text/WarekiDate.h"

#include <QRegularExpression>

namespace madoguchi {
namespace {

struct TextItem
{
    quint8 tag;
    const char* key;
};

// drivers-licence.md §A4, J8 items.
constexpr TextItem kTextItems[] = {
    {0x12, "name"},       {0x13, "nameKana"},   {0x14, "alias"},      {0x15, "unifiedName"}, {0x17, "address"},
    {0x1A, "colour"},     {0x1C, "condition1"}, {0x1D, "condition2"}, {0x1E, "condition3"},  {0x1F, "condition4"},
    {0x20, "commission"},
};

struct CategoryName
{
    quint8 tag;
    const char* id;
    const char* label;
};

// drivers-licence.md §A4, tags 22–33.
constexpr CategoryName kCategories[] = {
    {0x22, "motorcycle-small-moped", "二・小・原"},
    {0x23, "other", "他"},
    {0x24, "class2", "二種"},
    {0x25, "heavy", "大型"},
    {0x26, "ordinary", "普通"},
    {0x27, "heavy-special", "大特"},
    {0x28, "large-motorcycle", "大自二"},
    {0x29, "ordinary-motorcycle", "普自二"},
    {0x2A, "small-special", "小特"},
    {0x2B, "moped", "原付"},
    {0x2C, "towing", "け引"},
    {0x2D, "heavy-class2", "大二"},
    {0x2E, "ordinary-class2", "普二"},
    {0x2F, "heavy-special-class2", "大特二"},
    {0x30, "towing-class2", "け引二"},
    {0x31, "medium", "中型"},
    {0x32, "medium-class2", "中二"},
    {0x33, "semi-medium", "準中型"},
};

const CategoryName* category(quint8 tag)
{
    for (const CategoryName& c : kCategories)
        if (c.tag == tag)
            return &c;
    return nullptr;
}

// D7 (§A4): empty or all zeros means "none"; otherwise an era date or an error.
Result<QDate, QString> eraDate(const CardFileTlv::Item& item)
{
    if (item.value.isEmpty() || std::all_of(item.value.begin(), item.value.end(), [](char c) { return c == '0' || c == 0; }))
        return QDate();
    const auto date = WarekiDate::fromEraDigits(item.value);
    if (!date)
        return LicenceEntries::tr("entry %1: not an era date").arg(item.tag, 2, 16, QLatin1Char('0'));
    return date->date();
}

} // namespace

QString LicenceEntries::categoryId(quint8 tag)
{
    const CategoryName* c = category(tag);
    return c ? QLatin1String(c->id) : QString();
}

QString LicenceEntries::categoryLabel(quint8 tag)
{
    const CategoryName* c = category(tag);
    return c ? QString::fromUtf8(c->label) : QString();
}

Result<LicenceEntries, QString> LicenceEntries::parse(QByteArrayView file)
{
    auto items = CardFileTlv::readAll(file);
    if (!items)
        //: %1: what is wrong with the licence entries file (a parser message).
        return tr("licence entries: %1").arg(items.error());
    LicenceEntries out;
    for (const CardFileTlv::Item& item : std::as_const(*items)) {
        if (item.value.isEmpty())
            continue;  // §A4: length 0 means absent
        if (item.tag == 0x11) {
            out.jisEdition = quint8(item.value[0]);
            continue;
        }
        if (item.tag == 0x19) {
            out.referenceNumber = QString::fromLatin1(item.value).trimmed();
            continue;
        }
        if (item.tag == 0x21) {
            out.number = QString::fromLatin1(item.value).trimmed();
            static const QRegularExpression twelve(QStringLiteral("^[0-9]{12}$"));
            if (!twelve.match(out.number).hasMatch())
                return tr("licence entries: the licence number is not 12 digits");
            continue;
        }
        if (item.tag == 0x16 || item.tag == 0x18 || item.tag == 0x1B || category(quint8(item.tag))) {
            auto date = eraDate(item);
            if (!date)
                return date.error();
            if (item.tag == 0x16)
                out.birthDate = *date;
            else if (item.tag == 0x18)
                out.issueDate = *date;
            else if (item.tag == 0x1B)
                out.expiryDate = *date;
            else if (date->isValid())
                out.categories.append({quint8(item.tag), *date});
            continue;
        }
        for (const TextItem& text : kTextItems) {
            if (item.tag != text.tag)
                continue;
            JisX0208::Decoded decoded = JisX0208::decode(item.value);
            if (!decoded.text.isEmpty())
                out.text.insert(QLatin1String(text.key), std::move(decoded));
        }
    }
    if (!out.text.contains(QStringLiteral("name")))
        return tr("licence entries: no name (tag 12)");
    return out;
}

} // namespace madoguchi
