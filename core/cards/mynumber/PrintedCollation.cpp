#include "core/cards/mynumber/PrintedCollation.h"

#include <QRegularExpression>

namespace madoguchi {

SecureBytes PrintedCollation::toBytes() const
{
    const char rule = birthYear == CollationNumberB::BirthYear::JapaneseEra ? 'J' : 'G';
    return SecureBytes(rule + birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1() + QByteArray::number(expiryYear) + securityCode.toLatin1());
}

std::optional<PrintedCollation> PrintedCollation::fromBytes(QByteArrayView bytes)
{
    static const QRegularExpression shape(QStringLiteral("^([JG])([0-9]{8})([0-9]{4})([0-9]{4})$"));
    const auto match = shape.match(QString::fromLatin1(bytes));
    if (!match.hasMatch())
        return std::nullopt;
    PrintedCollation printed;
    printed.birthYear = match.captured(1) == QLatin1String("J") ? CollationNumberB::BirthYear::JapaneseEra : CollationNumberB::BirthYear::Gregorian;
    printed.birthDate = QDate::fromString(match.captured(2), QStringLiteral("yyyyMMdd"));
    printed.expiryYear = match.captured(3).toInt();
    printed.securityCode = match.captured(4);
    if (!printed.birthDate.isValid())
        return std::nullopt;
    return printed;
}

} // namespace madoguchi
