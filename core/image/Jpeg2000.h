#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace madoguchi {

// JPEG 2000 through OpenJPEG: JP2 files (mynumber.md §4.2: the 券面AP photo) and raw J2K
// codestreams (passport.md §4). Decoding is bounded: images past kMaxPixels are refused before
// any pixel is decoded, and nothing ever touches the disk.
class Jpeg2000
{
public:
    static constexpr qint64 kMaxPixels = 4096 * 4096;
    // Card photos are one tile of one or three components; these bound what OpenJPEG is asked to
    // allocate for while it reads the header (Jpeg2000Siz).
    static constexpr qint64 kMaxTiles = 256;
    static constexpr int kMaxComponents = 4;
    static constexpr int kMaxLayers = 64;

    enum class Container
    {
        Unknown,
        Jp2,
        Codestream,
    };
    // By the magic bytes: JP2 signature box 0000000C 6A502020 0D0A870A, codestream FF4FFF51.
    static Container sniff(QByteArrayView data);

    struct Info
    {
        int width = 0;
        int height = 0;
        int components = 0;
    };
    // Reads the headers only.
    static Result<Info, QString> info(QByteArrayView data);
    // Greyscale → Format_Grayscale8, three components → Format_RGB32.
    static Result<QImage, QString> decode(QByteArrayView data);
    // A greyscale image at about `bitsPerPixel` (lossy, 9/7 wavelet) as a JP2 file or a raw
    // codestream: for the virtual cards.
    static QByteArray encode(const QImage& image, double bitsPerPixel, Container container = Container::Jp2);
};

} // namespace madoguchi
