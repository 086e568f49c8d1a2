#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace madoguchi {

// Text in the files of a first-generation residence card (DF2: address, permissions), whose
// encoding the spec as known does not settle (residence-card.md §B1 [U]: one reader uses
// Shift_JIS-2004 falling back to CP932, one document says UTF-8). Tried in this order, each as a
// whole and strictly: UTF-8 (Japanese text in Shift_JIS is almost never valid UTF-8, the reverse
// is common), Shift_JIS-2004, CP932. The record says which one read the text.
class ResidenceText
{
public:
    struct Decoded
    {
        QString text;
        QString encoding;  // "UTF-8", "Shift_JIS-2004", "CP932"
    };

    // 00 filler and trailing spaces (half- or full-width) are dropped; nullopt when no encoding
    // reads the bytes.
    static std::optional<Decoded> decode(QByteArrayView bytes);
};

} // namespace madoguchi
