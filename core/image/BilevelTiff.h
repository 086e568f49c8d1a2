#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace madoguchi {

// Black-and-white TIFF images compressed with CCITT T.6 (MMR, "G4"), as residence cards store
// their front, name and address images (residence-card.md §B1, §B4), through libtiff in memory:
// nothing touches the disk. Decoding is bounded like Jpeg2000's.
class BilevelTiff
{
public:
    static constexpr qint64 kMaxPixels = 4096 * 4096;

    // TIFF byte order mark and version: "II*\0" or "MM\0*".
    static bool sniff(QByteArrayView data);
    // The first image of the file as Format_Mono (index 0 white, 1 black).
    static Result<QImage, QString> decode(QByteArrayView data);
    // A one-strip G4 TIFF of `image` (converted to 1 bit per pixel first): for the virtual cards.
    static QByteArray encode(const QImage& image);
};

} // namespace madoguchi
