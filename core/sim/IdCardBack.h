#pragma once

#include "core/sim/Persona.h"

#include <QByteArray>
#include <QImage>

namespace madoguchi {

// The back of an ID card with a machine-readable zone (ICAO 9303-5 TD1: three lines of 30 in OCR-B
// at 10 characters per inch, at the bottom of the ID-1 card), made from a persona's passport data
// (PassportMrz::td1), for the MRZ reader's tests and benchmark [U: the lines' positions as read
// from 9303-5's figures, within about a millimetre]. No virtual ID-card chip goes with it.
struct IdCardBack
{
    QByteArray mrz;  // 90 characters

    static IdCardBack fromPersona(const Persona& persona);
    QImage render(qreal pixelsPerMm = 12) const;
};

} // namespace madoguchi
