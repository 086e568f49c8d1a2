#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual eMRTD (passport.md §4): the LDS1 application A0000002471001. Its files are reachable
// only through BAC or PACE secure messaging, which the passport profile adds.
class PassportSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);
};

} // namespace madoguchi
