#include "core/text/DigitDate.h"

#include <QString>

namespace madoguchi {

QDate DigitDate::parse(QByteArrayView yyyymmdd)
{
    return QDate::fromString(QString::fromLatin1(yyyymmdd), QStringLiteral("yyyyMMdd"));
}

} // namespace madoguchi
