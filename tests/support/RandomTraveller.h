#pragma once

#include "core/sim/Persona.h"

#include <QRandomGenerator>

namespace madoguchi {

// A made-up document holder for the OCR tests and benchmark: a random name, birth date (昭和5年 to
// 令和7年), sex, nationality; a passport whose number mixes letters and digits as real ones do (two
// letters and seven digits as Japan's, or nine of either), O/0 and I/1 included; a My Number card
// (security code, expiry) and a residence card (any type, its number 2 letters, 8 digits, 2 letters).
class RandomTraveller
{
public:
    static Persona make(QRandomGenerator& random);
};

} // namespace madoguchi
