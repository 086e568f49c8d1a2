#pragma once

#include "core/base/Result.h"
#include "core/cards/IdentityRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace madoguchi {

// The printed entries of a second-generation card, DF1/EF02 (residence-card.md §B4): C5 card
// expiry, C6 birth date, C7 sex, C8 nationality, C9 status of residence, CE period of stay; on
// residence cards (type 05) also CA permission type, CB permission date, CC work restriction,
// CD end of the period of stay. All ASCII.
struct ResidenceEntries
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceEntries)

public:
    QDate expiryDate;
    QDate birthDate;
    IdentityRecord::Sex sex = IdentityRecord::Sex::Unknown;
    QString nationality;   // 3 letters (ISO 3166-1 alpha-3 or ICAO 9303 codes)
    QString statusCode;    // 10 characters; the code table is not published
    QString periodOfStay;  // "0000" indefinite, YYMM, or DDD days
    QString permissionType;
    QDate permissionDate;
    QString workRestriction;  // "1", "2", "4", "9"
    QDate periodOfStayEnd;
    // What the signature covers: the values in file order, NUL-padded to 53 bytes (§B4).
    QByteArray signedValues;

    static Result<ResidenceEntries, QString> parse(QByteArrayView file);

    // "3 years 0 months", "90 days", "indefinite"; the raw value when it is none of those.
    static QString periodOfStayWords(const QString& code);
    // The four work-restriction words of the card face (§B4 CC).
    static QString workRestrictionWords(const QString& code);
};

} // namespace madoguchi
