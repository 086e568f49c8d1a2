#pragma once

#include <QImage>

#include <optional>

namespace madoguchi {

// Finds the machine-readable zone in a photo of a data page — a band of two (TD3) or three (TD1)
// dense lines of text, the widest such band in the picture — and returns it straightened: turned
// level and cut out with a margin, grey, with its text about 40 pixels high, as Tesseract reads
// best. Tilts up to about ±20° and moderate perspective are taken; a picture without such a band
// gives nothing.
class MrzLocator
{
public:
    static std::optional<QImage> locate(const QImage& frame);
};

} // namespace madoguchi
