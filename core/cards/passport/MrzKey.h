#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace madoguchi {

// What BAC and PACE-with-MRZ need from the machine-readable zone (passport.md §1): document number,
// birth date and expiry date, each with its check digit, as MRZ_information. Built from the three
// values typed at the counter, or from the lines of a TD3 (passport) or TD1 / TD2 MRZ as a
// keyboard-wedge scanner types them, whose check digits must all be right.
class MrzKey
{
    Q_DECLARE_TR_FUNCTIONS(MrzKey)

public:
    // ICAO 9303-3 §4.9: weights 7, 3, 1; '<' = 0, A–Z = 10–35; -1 for any other character.
    static int checkDigit(QByteArrayView text);

    // `documentNumber`: up to 9 letters and digits (shorter ones are '<'-padded, passport.md §1);
    // dates as YYMMDD, YYYYMMDD or YYYY-MM-DD. Full-width characters and lower case are accepted.
    static Result<MrzKey, QString> fromParts(const QString& documentNumber, const QString& birthDate, const QString& expiryDate);
    // Two TD3 lines (44 + 44), two TD2 lines (36 + 36) or three TD1 lines (30 × 3), with or without
    // line breaks; every check digit, the composite one included, must be right.
    static Result<MrzKey, QString> fromLines(const QString& lines);
    // MRZ_information as information() gives it (24 characters), its three check digits right.
    static Result<MrzKey, QString> fromInformation(QByteArrayView information);

    // document number (9, '<'-padded) ‖ check digit ‖ birth YYMMDD ‖ check ‖ expiry YYMMDD ‖ check.
    const SecureBytes& information() const { return m_information; }
    QByteArray documentNumber() const;  // without the '<' padding
    QByteArray birthDate() const;       // YYMMDD
    QByteArray expiryDate() const;      // YYMMDD

private:
    explicit MrzKey(SecureBytes information) : m_information(std::move(information)) {}
    // MRZ_information from valid parts (number unpadded, dates YYMMDD).
    static MrzKey build(QByteArrayView documentNumber, QByteArrayView birthDate, QByteArrayView expiryDate);

    SecureBytes m_information;
};

} // namespace madoguchi
