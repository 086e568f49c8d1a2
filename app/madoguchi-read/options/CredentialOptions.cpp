#include "app/madoguchi-read/options/CredentialOptions.h"

#include <QTextStream>

namespace madoguchi {

QString CredentialOptions::secretValue(const QString& value)
{
    if (value != QLatin1String("-"))
        return value;
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

bool CredentialOptions::isDigits(const QString& value, qsizetype count)
{
    return value.size() == count && std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace madoguchi
