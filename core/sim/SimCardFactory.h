#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/SimCardType.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// Builds the virtual card of a type for a persona.
class SimCardFactory
{
public:
    static std::unique_ptr<VirtualCard> create(SimCardType type, const Persona& persona, const SimCardOptions& options = {});
};

} // namespace madoguchi
