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
// card (residence-card-0708.md §1): MyNumberSim builds it, with the 在留 AP from addToMyNumberCard().
//
// The persona's "residence" document: cardType, cardNumber, dates, and per generation the texts
// drawn on the front image (first) or the printed-entry codes (second); "photo": false for an
// under-16 card, which carries neither photo nor signature (§B1 [U]).
class ResidenceSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);
    // The 在留 AP of a 07/08 card (residence-card-0708.md §2) and its DF1–DF3 (as on 05/06, §3), added
    // to the My Number card `card`; returns `platform` (the card's own profile) wrapped in the AP's
    // session profile (SpecifiedResidenceProfile, with the simulator's own delivery key pair).
    static std::unique_ptr<CardProfile> addToMyNumberCard(VirtualCard& card, const Persona& persona, const SimCardOptions& options,
                                                          std::unique_ptr<CardProfile> platform);
    // Whether the persona's residence card is of type 07/08 (a My Number card).
    static bool onMyNumberCard(const Persona& persona);
};

} // namespace madoguchi
