#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual IC driver's licence from drivers-licence.md §A1–A3: the MF with the common data
// (EF01 2F01) and the PIN setting (EF02, SFI 0A), PIN1/PIN2 (3 tries each), DF1, DF2 and DF3.
class LicenceSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);
};

} // namespace madoguchi
