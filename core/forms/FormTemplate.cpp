#include "core/forms/FormTemplate.h"

#include "core/base/VersionedJson.h"
#include "core/forms/FormBindings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi {
namespace {

const QMap<QString, FormItem::Type>& types()
{
    static const QMap<QString, FormItem::Type> map{
        {QStringLiteral("text"), FormItem::Type::Text},         {QStringLiteral("box"), FormItem::Type::Box},
        {QStringLiteral("line"), FormItem::Type::Line},         {QStringLiteral("field"), FormItem::Type::Field},
        {QStringLiteral("boxes"), FormItem::Type::Boxes},       {QStringLiteral("checkbox"), FormItem::Type::Checkbox},
        {QStringLiteral("qr"), FormItem::Type::Qr},
    };
    return map;
}

Qt::Alignment alignment(const QString& name)
{
    if (name == QLatin1String("center"))
        return Qt::AlignHCenter | Qt::AlignVCenter;
    if (name == QLatin1String("right"))
        return Qt::AlignRight | Qt::AlignVCenter;
    if (name == QLatin1String("top"))
        return Qt::AlignLeft | Qt::AlignTop;
    return Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace

Result<FormTemplate, QString> FormTemplate::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot open form template %1: %2").arg(path, file.errorString());
    auto form = fromJson(file.readAll());
    if (!form)
        return tr("%1: %2").arg(path, form.error());
    return form;
}

Result<FormTemplate, QString> FormTemplate::fromJson(const QByteArray& json)
{
    auto parsed = VersionedJson::parse(json);
    if (!parsed)
        return parsed.error();
    const QJsonObject root = *parsed;
    FormTemplate form;
    form.m_id = root.value(QLatin1String("id")).toString();
    const QJsonObject titles = root.value(QLatin1String("title")).toObject();
    for (auto it = titles.begin(); it != titles.end(); ++it)
        form.m_titles.insert(it.key(), it.value().toString());
    const QJsonObject page = root.value(QLatin1String("page")).toObject();
    form.m_pageSize = QSizeF(page.value(QLatin1String("width")).toDouble(210), page.value(QLatin1String("height")).toDouble(297));
    if (form.m_id.isEmpty() || form.m_titles.value(QStringLiteral("ja")).isEmpty())
        return tr("id and title.ja are required");
    const QRectF pageRect(QPointF(0, 0), form.m_pageSize);
    int index = 0;
    for (const QJsonValue& value : root.value(QLatin1String("items")).toArray()) {
        ++index;
        const QJsonObject o = value.toObject();
        const QString typeName = o.value(QLatin1String("type")).toString();
        //: %1: the item number in the template; %2: its binding or label.
        const QString where = tr("item %1 (%2)").arg(index).arg(typeName);
        if (!types().contains(typeName))
            //: %1: the template item (item N (binding)).
            return tr("%1: unknown type").arg(where);
        FormItem item;
        item.type = types().value(typeName);
        const auto num = [&](const char* key, double fallback = 0) { return o.value(QLatin1String(key)).toDouble(fallback); };
        item.rect = QRectF(num("x"), num("y"), num("w"), num("h"));
        item.line = QLineF(num("x1"), num("y1"), num("x2"), num("y2"));
        item.text = o.value(QLatin1String("text")).toString();
        item.binding = o.value(QLatin1String("binding")).toString();
        item.format = o.value(QLatin1String("format")).toString(QStringLiteral("text"));
        item.value = o.value(QLatin1String("value")).toString();
        item.size = num("size", 10.5);
        item.minSize = num("minSize", std::min(6.0, item.size));
        item.align = alignment(o.value(QLatin1String("align")).toString());
        item.bold = o.value(QLatin1String("bold")).toBool();
        item.count = o.value(QLatin1String("count")).toInt();
        item.lineWidth = num("lineWidth", 0.3);

        if (item.type == FormItem::Type::Line) {
            if (!pageRect.contains(item.line.p1()) || !pageRect.contains(item.line.p2()))
                return tr("%1: outside the %2 × %3 mm page").arg(where).arg(form.m_pageSize.width()).arg(form.m_pageSize.height());
        } else if (item.rect.width() <= 0 || item.rect.height() <= 0) {
            return tr("%1: needs a positive w and h").arg(where);
        } else if (!pageRect.contains(item.rect)) {
            return tr("%1: outside the %2 × %3 mm page").arg(where).arg(form.m_pageSize.width()).arg(form.m_pageSize.height());
        }
        const bool bound = item.type == FormItem::Type::Field || item.type == FormItem::Type::Boxes || item.type == FormItem::Type::Checkbox;
        if (bound && !FormBindings::isKnown(item.binding))
            return tr("%1: unknown binding \"%2\"").arg(where, item.binding);
        if (item.type == FormItem::Type::Field
            && !QStringList{QStringLiteral("text"), QStringLiteral("wareki-date"), QStringLiteral("date"), QStringLiteral("sex")}.contains(item.format))
            return tr("%1: unknown format \"%2\"").arg(where, item.format);
        if (item.type == FormItem::Type::Boxes && item.count <= 0)
            return tr("%1: boxes need a count").arg(where);
        if (item.type == FormItem::Type::Checkbox && item.value.isEmpty())
            return tr("%1: a checkbox needs the value that checks it").arg(where);
        if (item.size <= 0 || item.minSize <= 0 || item.minSize > item.size)
            return tr("%1: font sizes must be positive, minSize ≤ size").arg(where);
        form.m_items.append(std::move(item));
    }
    if (form.m_items.isEmpty())
        return tr("a form needs items");
    return form;
}

QStringList FormTemplate::bindings() const
{
    QStringList out;
    for (const FormItem& item : m_items)
        if (!item.binding.isEmpty() && !out.contains(item.binding))
            out.append(item.binding);
    return out;
}

} // namespace madoguchi
