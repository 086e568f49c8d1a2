#include "core/sim/IdCardBack.h"

#include "core/sim/IdCardCanvas.h"
#include "core/sim/PassportMrz.h"

namespace madoguchi {
namespace {

constexpr qreal kPitchMm = 25.4 / 10;         // 9303-3 §4.3: 10 characters per inch
constexpr qreal kLeftMm = 4.5;
constexpr qreal kLastBaselineMm = 53.98 - 4.0;
constexpr qreal kLineSpacingMm = 4.2;
constexpr qreal kCapHeightMm = 2.4;

} // namespace

IdCardBack IdCardBack::fromPersona(const Persona& persona)
{
    return IdCardBack{PassportMrz::td1(persona)};
}

QImage IdCardBack::render(qreal pixelsPerMm) const
{
    IdCardCanvas card(pixelsPerMm, QColor(0xF0, 0xF2, 0xEE), QColor(0xD6, 0xDE, 0xD2));
    card.text(4, 7, 2.4, QStringLiteral("IDENTITY CARD"), true, QColor(0x30, 0x40, 0x50));
    card.text(4, 12, 2.0, QStringLiteral("Date of issue / Authority / Address"), false, QColor(0x50, 0x50, 0x50));
    card.box(QRectF(0, 53.98 - 17, 85.6, 17), QColor(0xFA, 0xFA, 0xF8));  // the zone's clear band
    for (int line = 0; line < 3; ++line)
        card.mrzLine(kLeftMm, kLastBaselineMm - (2 - line) * kLineSpacingMm, mrz.mid(line * 30, 30), kPitchMm, kCapHeightMm);
    return card.take();
}

} // namespace madoguchi
