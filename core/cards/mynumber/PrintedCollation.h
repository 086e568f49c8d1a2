#pragma once

#include "core/base/Result.h"
#include "core/cards/mynumber/CollationNumberB.h"
#include "core/crypto/SecureBytes.h"

#include <QDate>
#include <QString>

#include <optional>

namespace madoguchi {

// What 照合番号B is built from, as printed on a My Number card's front (mynumber.md §4.3): the birth
// date — in 和暦 on Japanese nationals' cards, Gregorian on foreign residents' — the expiry year and
// the security code. Read off a photo of the front (MyNumberFrontReader) and handed to the form or
// the command line as SecureBytes: "J" or "G", the birth date yyyyMMdd, the expiry year, the code.
struct PrintedCollation
{
    QDate birthDate;
    CollationNumberB::BirthYear birthYear = CollationNumberB::BirthYear::JapaneseEra;
    int expiryYear = 0;
    QString securityCode;

    SecureBytes toBytes() const;
    static std::optional<PrintedCollation> fromBytes(QByteArrayView bytes);
    Result<SecureBytes, QString> collationB() const { return CollationNumberB::build(birthDate, birthYear, expiryYear, securityCode); }
};

} // namespace madoguchi
