#pragma once

#include <QMap>
#include <QString>

namespace madoguchi {

// The values a session fills into forms, by binding name (FormBindings). Holds customer data:
// it lives in the session and wipe() overwrites it.
class FormData
{
public:
    void set(const QString& binding, const QString& value) { m_values.insert(binding, value); }
    QString value(const QString& binding) const { return m_values.value(binding); }
    bool has(const QString& binding) const { return !m_values.value(binding).isEmpty(); }
    const QMap<QString, QString>& values() const { return m_values; }
    void wipe();

private:
    QMap<QString, QString> m_values;
};

} // namespace madoguchi
