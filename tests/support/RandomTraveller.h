#pragma once

#include "core/sim/Persona.h"

#include <QRandomGenerator>

namespace madoguchi {

// A made-up passport holder for the MRZ tests and benchmark: a random name, birth date, sex,
// nationality, and a passport whose number mixes letters and digits as real ones do (two letters
// and seven digits as Japan's, or nine of either), O/0 and I/1 included.
class RandomTraveller
{
public:
    static Persona make(QRandomGenerator& random);
};

} // namespace madoguchi
