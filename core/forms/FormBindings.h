#pragma once

#include <QString>
#include <QStringList>

namespace madoguchi {

// The names a form template may bind a field to, and so the only data a form can show.
class FormBindings
{
public:
    static const QStringList& all();
    static bool isKnown(const QString& binding) { return all().contains(binding); }
};

} // namespace madoguchi
