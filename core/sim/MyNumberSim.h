#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual My Number card built from mynumber.md: the JPKI-AP, 券面事項入力補助AP, 券面AP,
// 共通AP and 住基AP, with their PINs and collation keys, the files with the sizes, tags and
// filler of §3–§5, card-verifiable certificates from the simulator's test CAs (§3.5 layout), the
// integrity record and 券面 signature computed as §3.4 and §4.2 say, and the chip key for 80 2A.
class MyNumberSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);

    // 照合番号B as the card holds it (§4.3): the rule the card issuer applied, so that a reader
    // built from the same rule can be checked against it.
    static QString collationB(const Persona& persona);
};

} // namespace madoguchi
