#pragma once

#include <QString>

namespace madoguchi {

enum class DocumentType
{
    Unknown,
    MyNumber,
    Licence,
    Residence,
    Passport,
};

// "mynumber", "licence", "residence", "passport", "unknown": the JSON names.
QString documentTypeName(DocumentType type);
// For staff: "マイナンバーカード" etc., translated.
QString documentTypeLabel(DocumentType type);

} // namespace madoguchi
