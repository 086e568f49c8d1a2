#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual residence card or special permanent resident certificate, written from
// residence-card.md: first generation (types '1', '2': §B1–B3) and second generation ("05", "06":
// §B4) with card-number authentication and secure messaging (ResidenceCardProfile), images,
// signatures from the simulator's test ZairyuCard CA / CA2. A card of type "07"/"08" is a My Number
// card (residence-card-0708.md §1): MyNumberSim builds it, with the 在留 AP from residenceAp().
//
// The persona's "residence" document: cardType, cardNumber, dates, and per generation the texts
// drawn on the front image (first) or the printed-entry codes (second); "photo": false for an
// under-16 card, which carries neither photo nor signature (§B1 [U]).
class ResidenceSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);
    // The 在留 AP of a 07/08 card (residence-card-0708.md §2): its AP-level files C0 (SFI 0B) and
    // C1 (SFI 0A), free, as on 05/06 [U]. Its session protocol (SET SESSION KEY, §4–§6) is not here
    // yet: the AP answers 6D00 to it, so a reader can only fail closed.
    static DedicatedFile residenceAp(const Persona& persona);
    // Whether the persona's residence card is of type 07/08 (a My Number card).
    static bool onMyNumberCard(const Persona& persona);
};

} // namespace madoguchi
