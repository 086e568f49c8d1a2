#pragma once

#include "core/image/Jpeg2000.h"
#include "core/sim/Persona.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace madoguchi {

// The pictures a virtual card carries for a persona: a synthetic face (no real person's likeness),
// and text rendered as card images (name, address, security code) with the IPAex fonts.
// Rendering text needs a QGuiApplication (the offscreen platform will do).
class PersonaImages
{
public:
    // A greyscale face, drawn from shapes varied by the persona id: like a 券面 photo.
    static QImage face(const Persona& persona, QSize size = QSize(120, 150));
    // The face as JPEG 2000 in at most `maxBytes`, at the best quality that fits.
    static QByteArray faceJpeg2000(const Persona& persona, qsizetype maxBytes, Jpeg2000::Container container);
    // `image` in JPEG 2000 at the finest quality that fits `maxBytes`.
    static QByteArray jpeg2000Within(const QImage& image, qsizetype maxBytes, Jpeg2000::Container container);
    // One line or more of text, black on white, 1 bit per pixel.
    static QImage textImage(const QString& text, int width, int pixelSize);
    // The same as PNG (mynumber.md §4.2: DF25/DF26 are 1-bit PNGs).
    static QByteArray textPng(const QString& text, int width, int pixelSize);
    // One character drawn in a `side` × `side` square, 1 bit per pixel (QImage::Format_Mono, index 1
    // = ink): a 外字 bitmap as a licence carries it (drivers-licence.md §A4).
    static QImage glyph(const QString& character, int side);
};

} // namespace madoguchi
