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
    // The card as a reader meets it: build() behind a HostileLink when `options` asks for a link fault.
    static std::unique_ptr<ApduResponder> create(SimCardType type, const Persona& persona, const SimCardOptions& options = {});
    // The virtual card itself, with the file faults (HostileAnswers) of `options`.
    static std::unique_ptr<VirtualCard> build(SimCardType type, const Persona& persona, const SimCardOptions& options = {});
};

} // namespace madoguchi
