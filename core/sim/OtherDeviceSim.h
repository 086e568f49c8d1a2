#pragma once

#include "core/sim/SimCardType.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// What customers place on the reader instead of a document madoguchi reads, each answering as the
// specifications say it does:
// - a phone's JPKI application (mynumber.md §5: EF 0006 token "JPKIAPIOSTOKEN" on an iPhone,
//   "JPKIAPGPSETOKEN" on Android), and nothing of the card's other applications;
// - a phone presenting a mobile document: the ISO/IEC 18013-5 §8.3.3.1.2 data-transfer application
//   and the NFC Forum Type 4 NDEF application;
// - a My Number platform card of a kind not supported yet (mynumber.md §9): JPKI answers, the text
//   AP and the 券面AP answer 6A82.
class OtherDeviceSim
{
public:
    // `type`: SimCardType::Iphone, Android, Mdoc or NextGeneration.
    static std::unique_ptr<VirtualCard> build(SimCardType type);
};

} // namespace madoguchi
