#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace madoguchi {

// What MF/EF02 says a residence card is (residence-card.md §B1, §B4, §B5): `C1 01 31` / `C1 01 32`
// first generation, `C1 02 30 35` / `… 30 36` second generation, `… 30 37` / `… 30 38` specified
// cards on the My Number card platform. The length differs between generations, so the whole
// object is read and parsed, never a fixed Le of 3.
struct ResidenceCardType
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceCardType)

public:
    enum class Document
    {
        ResidenceCard,             // 在留カード: '1', '05', '07'
        SpecialPermanentResident,  // 特別永住者証明書: '2', '06', '08'
    };
    enum class Platform
    {
        FirstGeneration,   // 3DES secure messaging (§B2)
        SecondGeneration,  // AES secure messaging (§B4)
        MyNumberCard,      // SET SESSION KEY with the delivery key (§B5): recognised, not read
    };

    Document document = Document::ResidenceCard;
    Platform platform = Platform::FirstGeneration;
    QByteArray code;  // "1", "2", "05" … as on the card

    // An error for anything else, naming what the card holds.
    static Result<ResidenceCardType, QString> parse(QByteArrayView file);
};

} // namespace madoguchi
