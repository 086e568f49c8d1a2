#pragma once

#include <QString>

namespace madoguchi {

enum class DocumentType
{
    Unknown,
    MyNumber,
    MyNumberLicence,  // a My Number card read together with the driving licence it holds (drivers-licence.md §A6)
    Licence,
    Residence,
    // Cards of types 07/08: a My Number card that also carries the residence card in its 在留 AP
    // (residence-card.md §B5, residence-card-0708.md §1).
    SpecifiedResidence,          // 07 特定在留カード
    SpecifiedPermanentResident,  // 08 特定特別永住者証明書
    Passport,
};

// "mynumber", "mynumber-licence", "licence", "residence", "specified-residence",
// "specified-permanent-resident", "passport", "unknown": the JSON names.
QString documentTypeName(DocumentType type);
// For staff: "マイナンバーカード" etc., translated.
QString documentTypeLabel(DocumentType type);
// Whether the record can hold the individual number (番号法: shown only for 個人番号利用事務): every
// document on a My Number card.
bool carriesIndividualNumber(DocumentType type);

} // namespace madoguchi
