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
    Passport,
};

// "mynumber", "mynumber-licence", "licence", "residence", "passport", "unknown": the JSON names.
QString documentTypeName(DocumentType type);
// For staff: "マイナンバーカード" etc., translated.
QString documentTypeLabel(DocumentType type);
// Whether the record can hold the individual number (番号法: shown only for 個人番号利用事務).
bool carriesIndividualNumber(DocumentType type);

} // namespace madoguchi
