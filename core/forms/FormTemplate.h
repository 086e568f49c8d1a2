#pragma once

#include "core/base/Result.h"
#include "core/forms/FormItem.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSizeF>

namespace madoguchi {

// A printable form as JSON (resources/forms/*.json): page size in millimetres, static drawing and
// fields bound to session data. Validated when loaded: an item off the page, an unknown binding or
// type, a field with no room — each a clear error naming the item.
class FormTemplate
{
    Q_DECLARE_TR_FUNCTIONS(FormTemplate)

public:
    static Result<FormTemplate, QString> load(const QString& path);
    static Result<FormTemplate, QString> fromJson(const QByteArray& json);

    const QString& id() const { return m_id; }
    QString title(const QString& language) const { return m_titles.value(language, m_titles.value(QStringLiteral("ja"))); }
    QSizeF pageSize() const { return m_pageSize; }  // millimetres
    const QList<FormItem>& items() const { return m_items; }
    // The bindings its fields and boxes use, in order of appearance.
    QStringList bindings() const;

private:
    QString m_id;
    QMap<QString, QString> m_titles;
    QSizeF m_pageSize;
    QList<FormItem> m_items;
};

} // namespace madoguchi
