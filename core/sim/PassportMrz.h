#pragma once

#include "core/sim/Persona.h"

#include <QByteArray>

namespace madoguchi {

// The machine-readable zone of a persona's virtual passport, as its chip (DG1) and its printed data
// page carry it: ICAO 9303-4 TD3, two lines of 44 characters (or an ID card's TD1), written from the spec on the card's
// side (the reader checks it with its own code, core/cards/passport/MrzKey).
class PassportMrz
{
public:
    // Both lines, 88 characters; `information`, when given, receives MRZ_information (passport.md §1).
    static QByteArray td3(const Persona& persona, QByteArray* information = nullptr);
    // The same holder and document as an ID card's zone (ICAO 9303-5 TD1): three lines of 30, 90
    // characters, document code "I". No virtual ID-card chip serves it: it is for the OCR tests.
    static QByteArray td1(const Persona& persona, QByteArray* information = nullptr);
};

} // namespace madoguchi
