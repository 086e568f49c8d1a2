#include "core/sim/SimCardFactory.h"

#include "core/sim/LicenceSim.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/PassportSim.h"
#include "core/sim/ResidenceSim.h"

namespace madoguchi {

std::unique_ptr<VirtualCard> SimCardFactory::create(SimCardType type, const Persona& persona, bool extendedLength)
{
    switch (type) {
    case SimCardType::MyNumber: return MyNumberSim::build(persona, extendedLength);
    case SimCardType::Licence: return LicenceSim::build(persona, extendedLength);
    case SimCardType::Residence: return ResidenceSim::build(persona, extendedLength);
    case SimCardType::Passport: return PassportSim::build(persona, extendedLength);
    }
    return nullptr;
}

} // namespace madoguchi
