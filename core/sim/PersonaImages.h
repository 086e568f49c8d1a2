#pragma once

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
    // One line or more of text, 1 bit per pixel, as PNG (mynumber.md §4.2: DF25/DF26 are 1-bit PNGs).
    static QByteArray textPng(const QString& text, int width, int pixelSize);
    // One character drawn in a `side` × `side` square, 1 bit per pixel (QImage::Format_Mono, index 1
    // = ink): a 外字 bitmap as a licence carries it (drivers-licence.md §A4).
    static QImage glyph(const QString& character, int side);
};

} // namespace madoguchi
