#pragma once

#include "core/base/Result.h"

#include <QByteArrayView>
#include <QString>

namespace madoguchi {

// The image and tile grid a JPEG 2000 codestream declares in its SIZ marker, read by hand before
// OpenJPEG sees the data: OpenJPEG allocates for the whole tile grid while reading the header, so
// a 284-byte codestream declaring 50 518 tiles cost half a gigabyte (a fuzzing finding). ISO/IEC
// 15444-1 A.5.1: SIZ follows SOC at the codestream's start; in a JP2 file the codestream is the
// contents of the top-level jp2c box (I.4, I.5.4).
class Jpeg2000Siz
{
public:
    struct Grid
    {
        qint64 width = 0;   // Xsiz − XOsiz
        qint64 height = 0;  // Ysiz − YOsiz
        qint64 tiles = 0;   // ⌈(Xsiz − XTOsiz) / XTsiz⌉ × ⌈(Ysiz − YTOsiz) / YTsiz⌉ (B.3)
        int components = 0;
    };

    static Result<Grid, QString> read(QByteArrayView data);
};

} // namespace madoguchi
