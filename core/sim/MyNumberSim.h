#pragma once

#include "core/sim/Persona.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual My Number card built from mynumber.md: the JPKI-AP, 券面事項入力補助AP, 券面AP,
// 共通AP and 住基AP, with their PINs and collation keys; the text AP's My Number (0001) and
// basic four items (0002) filled from the persona.
class MyNumberSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, bool extendedLength);
};

} // namespace madoguchi
