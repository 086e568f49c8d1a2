#pragma once

#include "core/sim/Persona.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace madoguchi {

// A passport's data page as printed (ICAO 9303-4 TD3: 125 × 88 mm), for tests and the demo: a
// guilloche-like background, the photo, the visual zone's fields and the two MRZ lines in OCR-B
// (Debian's fonts-ocr-b) at 10 characters per inch, their baselines 4.2 mm apart, the second
// 5.8 mm above the bottom edge (9303-3 §4.3, 9303-4 §4.2 [U: positions as read from the figures,
// within about a millimetre]).
struct PassportDataPage
{
    QByteArray mrz;  // 88 characters
    QString surname;
    QString givenNames;
    QString documentNumber;
    QString nationality;
    QString birthDate;  // as printed: 07 JAN 1989
    QString sex;
    QString issueDate;
    QString expiryDate;
    QString authority;
    QImage face;

    static PassportDataPage fromPersona(const Persona& persona);
    // The page at `pixelsPerMm` (12: about 300 dpi).
    QImage render(qreal pixelsPerMm = 12) const;
};

} // namespace madoguchi
