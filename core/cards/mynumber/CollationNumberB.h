#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace madoguchi {

// 照合番号B (mynumber.md §4.3): birth date YYMMDD + expiry year YYYY + 4-digit security code,
// 14 digits. The YY of the birth date is the year of the Japanese era for cards that print the
// birth date in 和暦 — those of Japanese nationals — and the last two digits of the Gregorian year
// for cards that print Gregorian dates (foreign residents) [U: mynumber.md §4.3; 住基カード
// precedent]. The caller says which the card prints; a wrong rule silently burns a try (§10.3).
class CollationNumberB
{
    Q_DECLARE_TR_FUNCTIONS(CollationNumberB)

public:
    enum class BirthYear
    {
        JapaneseEra,  // as printed on Japanese nationals' cards
        Gregorian,    // as printed on foreign residents' cards
    };

    static Result<SecureBytes, QString> build(QDate birthDate, BirthYear rule, int expiryYear, const QString& securityCode);
    // Checks typed digits: 14 digits, a possible month and day, a plausible expiry year. The
    // digits are the holder's birth date: they are returned in SecureBytes.
    static Result<SecureBytes, QString> validate(const QString& digits);
};

} // namespace madoguchi
