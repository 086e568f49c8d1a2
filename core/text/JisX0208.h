#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi {

// Text in JIS X 0208 as the driver's licence stores it ("J8", drivers-licence.md §A4): two bytes
// per character, row and cell each 0x21–0x7E, no escape sequences. Conversion goes through iconv
// (EUC-JP: each byte + 0x80, §A4 "Decoding J8"), not through a table of our own.
//
// Codes outside JIS X 0208 (§A4, [C1]): FFF1–FFF7 stand for 外字1–7, whose bitmaps the card holds
// elsewhere; FFFA is 欠字, a character that could not be recorded. Full-width spaces (2121) that
// pad a field at its end are trimmed ([U] in the spec: trimming is harmless either way).
class JisX0208
{
public:
    // Stands in the text for each 外字; `Decoded::gaiji` says which one, in order.
    static constexpr char16_t kGaijiPlaceholder = u'〓';
    // Stands in the text for each 欠字.
    static constexpr char16_t kMissingMark = u'■';

    struct Decoded
    {
        QString text;
        QList<int> gaiji;      // 外字 numbers (1–7), one per placeholder, in reading order
        int missing = 0;       // 欠字 marks
        int unreadable = 0;    // codes neither JIS X 0208 nor a known special code (shown as U+FFFD)
    };

    static Decoded decode(QByteArrayView j8);
    // One character (a code point, possibly a surrogate pair) as its two J8 bytes; nullopt when
    // JIS X 0208 has no such character (a virtual card then stores it as a 外字).
    static std::optional<QByteArray> encodeCharacter(const QString& character);
    // 外字 n (1–7) as its two-byte code FFF0+n.
    static QByteArray gaijiCode(int number);
};

} // namespace madoguchi
