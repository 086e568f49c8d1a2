#include "core/cards/mynumber/CollationNumberB.h"

#include "core/text/WarekiDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace madoguchi {

Result<SecureBytes, QString> CollationNumberB::build(QDate birthDate, BirthYear rule, int expiryYear, const QString& securityCode)
{
    if (!birthDate.isValid())
        return tr("the birth date is not a valid date");
    QString yymmdd;
    if (rule == BirthYear::JapaneseEra) {
        const auto wareki = WarekiDate::fromGregorian(birthDate);
        if (!wareki)
            return tr("the birth date is before the Meiji era");
        yymmdd = wareki->toYYMMDD();
    } else {
        yymmdd = birthDate.toString(QStringLiteral("yyMMdd"));
    }
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (!fourDigits.match(securityCode).hasMatch())
        return tr("the security code has 4 digits");
    return validate(yymmdd + QString::number(expiryYear) + securityCode);
}

Result<SecureBytes, QString> CollationNumberB::validate(const QString& digits)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{14}$"));
    if (!shape.match(digits).hasMatch())
        return tr("照合番号B has 14 digits: birth date (6), expiry year (4), security code (4)");
    const int month = digits.mid(2, 2).toInt();
    const int day = digits.mid(4, 2).toInt();
    const int expiryYear = digits.mid(6, 4).toInt();
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return tr("the birth date part (first 6 digits) is not a date");
    // Cards with 照合番号B were first issued in 2016 and are valid for at most 10 years (+ birthday).
    if (expiryYear < 2016 || expiryYear > 2100)
        return tr("the expiry year (digits 7-10) is not plausible");
    return SecureBytes(digits.toLatin1());
}

} // namespace madoguchi
