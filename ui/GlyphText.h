#pragma once

#include "core/cards/IdentityRecord.h"

#include <QString>

namespace madoguchi {

// Text of a record with its 外字 drawn in place (drivers-licence.md §A4): each placeholder 〓 of
// the item `key` is replaced by the glyph that "<key>Gaiji" names, as an inline image of the
// text's height. Rich text for a QLabel; plain text (escaped) when the item has no 外字.
class GlyphText
{
public:
    static QString html(const IdentityRecord& record, const QString& key, const QString& text, int pixelSize);
    // Whether any item of the record carries 外字.
    static bool hasGlyphs(const IdentityRecord& record);
};

} // namespace madoguchi
