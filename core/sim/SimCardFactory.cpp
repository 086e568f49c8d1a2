#include "core/sim/SimCardFactory.h"

#include "core/sim/LicenceSim.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/PassportSim.h"
#include "core/sim/ResidenceSim.h"

namespace madoguchi {

std::unique_ptr<VirtualCard> SimCardFactory::create(SimCardType type, const Persona& persona, const SimCardOptions& options)
{
    switch (type) {
    case SimCardType::MyNumber: return MyNumberSim::build(persona, options);
    case SimCardType::Licence: return LicenceSim::build(persona, options);
    case SimCardType::Residence: return ResidenceSim::build(persona, options);
    case SimCardType::Passport: return PassportSim::build(persona, options);
    }
    return nullptr;
}

} // namespace madoguchi
