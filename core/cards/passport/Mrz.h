#pragma once

#include "core/base/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace madoguchi {

// A machine-readable zone split into its fields (ICAO 9303-4 TD3, 9303-5 TD1, 9303-6 TD2), as DG1
// holds it (passport.md §4: 88, 90 or 72 characters) or as the lines on the data page read.
struct Mrz
{
    Q_DECLARE_TR_FUNCTIONS(Mrz)

public:
    enum class Format
    {
        Td1,  // 3 × 30: identity cards
        Td2,  // 2 × 36
        Td3,  // 2 × 44: passports
    };

    Format format = Format::Td3;
    QString documentCode;    // "P", "PO", "I" …, without '<'
    QString issuingState;    // ICAO 3-letter code ("JPN", "D" for Germany)
    QString surname;         // '<' as spaces
    QString givenNames;
    QString documentNumber;  // without '<' padding
    QString nationality;
    QString birthDate;       // YYMMDD as written
    QString sex;             // "M", "F" or "<"
    QString expiryDate;      // YYMMDD
    QString optionalData;    // personal number (TD3) or optional data, without '<' filler
    bool checkDigitsValid = false;

    static Result<Mrz, QString> parse(QByteArrayView characters);

    // YYMMDD as a date: birth dates in the past century when the year would lie ahead of `today`,
    // expiry dates always in this century (a document is valid for at most ten years).
    static QDate birthDateOf(QStringView yymmdd, QDate today);
    static QDate expiryDateOf(QStringView yymmdd);

    void wipe();
};

} // namespace madoguchi
