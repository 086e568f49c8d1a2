#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QMap>

namespace madoguchi {

// The 外字 bitmaps a licence carries for characters outside JIS X 0208 (drivers-licence.md §A4):
// 外字1 and 2 in DF1/EF03 (tags 48, 49), the others in EF05. The code FFF0+n in a J8 text refers
// to 外字n.
//
// The layout of one glyph is [U] in the spec. This reader takes the file sizes of §A1 as the
// guide: EF03 is 264 = 2 × (1 tag + 2 length + 129) bytes and EF05 is 663 = 3 (its 50 01 flag) +
// 5 × 132 bytes, which fits a value of one 文字構成 byte and a 32 × 32 bitmap at one bit per pixel
// (128 bytes, rows top to bottom, most significant bit first, 1 = ink). A value of exactly a
// square bitmap's size (no 文字構成 byte) is accepted as well, for 16, 24, 32 or 48 dots. EF05's
// glyphs are taken in file order as 外字3–7, whatever their tags. A value of any other size is
// an error for that glyph only: its placeholder then has no picture.
class LicenceGaiji
{
    Q_DECLARE_TR_FUNCTIONS(LicenceGaiji)

public:
    // 外字 number → glyph (QImage::Format_Mono, 1 = ink drawn black).
    static QMap<int, QImage> parse(QByteArrayView ef03, QByteArrayView ef05);
    // One glyph value as described above; a null image when its size fits no layout.
    static QImage glyph(QByteArrayView value);
};

} // namespace madoguchi
