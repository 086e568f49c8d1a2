#include "core/sim/PassportSim.h"

#include "core/sim/SimFiles.h"

namespace madoguchi {

std::unique_ptr<VirtualCard> PassportSim::build(const Persona&, const SimCardOptions& simOptions)
{
    VirtualCard::Options options;
    options.extendedLength = simOptions.extendedLength;
    auto card = std::make_unique<VirtualCard>(SimFiles::contactlessAtr(QByteArray::fromHex("0000000000B381D1")),
                                              DedicatedFile(), options);
    card->addApplication(DedicatedFile(QByteArray::fromHex("A0000002471001")));
    return card;
}

} // namespace madoguchi
