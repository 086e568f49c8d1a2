#pragma once

#include "core/base/Result.h"

#include <QByteArrayView>
#include <QString>

namespace madoguchi {

// The image and tile grid a JPEG 2000 codestream declares in its SIZ marker, and the quality layers
// of its main header's COD marker, read by hand before OpenJPEG sees the data: OpenJPEG allocates
// for the whole tile grid and every layer while reading, so a 284-byte codestream declaring 50 518
// tiles cost half a gigabyte, and a 102-byte one declaring 52 225 layers 200 MB and a second (two
// fuzzing findings). ISO/IEC 15444-1 A.5.1: SIZ follows SOC at the codestream's start; A.6.1: COD
// in the main header (a tile-part header may carry its own, which is not looked at here); in a JP2
// file the codestream is the contents of the top-level jp2c box (I.4, I.5.4).
class Jpeg2000Siz
{
public:
    struct Grid
    {
        qint64 width = 0;   // Xsiz − XOsiz
        qint64 height = 0;  // Ysiz − YOsiz
        qint64 tiles = 0;   // ⌈(Xsiz − XTOsiz) / XTsiz⌉ × ⌈(Ysiz − YTOsiz) / YTsiz⌉ (B.3)
        int components = 0;
        int layers = 0;     // of the main header's COD; 0 when the main header has none
    };

    static Result<Grid, QString> read(QByteArrayView data);
};

} // namespace madoguchi
