#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual residence card from residence-card.md §B1/§B4: MF/EF01 (spec version), MF/EF02 (card
// type: '1'/'2' for the first generation, "05"/"06" for the second), and DF1–DF3.
class ResidenceSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);
};

} // namespace madoguchi
