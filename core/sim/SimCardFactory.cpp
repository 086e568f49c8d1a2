#include "core/sim/SimCardFactory.h"

#include "core/sim/HostileLink.h"
#include "core/sim/LicenceSim.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/OtherDeviceSim.h"
#include "core/sim/PassportSim.h"
#include "core/sim/ResidenceSim.h"

namespace madoguchi {

std::unique_ptr<ApduResponder> SimCardFactory::create(SimCardType type, const Persona& persona, const SimCardOptions& options)
{
    auto card = build(type, persona, options);
    if (HostileLink::handles(options.fault))
        return std::make_unique<HostileLink>(std::move(card), options.fault);
    return card;
}

std::unique_ptr<VirtualCard> SimCardFactory::build(SimCardType type, const Persona& persona, const SimCardOptions& options)
{
    std::unique_ptr<VirtualCard> card;
    switch (type) {
    case SimCardType::MyNumber: card = MyNumberSim::build(persona, options); break;
    case SimCardType::Licence: card = LicenceSim::build(persona, options); break;
    case SimCardType::Residence: card = ResidenceSim::build(persona, options); break;
    case SimCardType::Passport: card = PassportSim::build(persona, options); break;
    case SimCardType::Iphone:
    case SimCardType::Android:
    case SimCardType::Mdoc:
    case SimCardType::NextGeneration: card = OtherDeviceSim::build(type); break;
    }
    card->setHostileAnswers(HostileAnswers(options.fault));
    return card;
}

} // namespace madoguchi
