#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual residence card or special permanent resident certificate, written from
// residence-card.md: first generation (types '1', '2': §B1–B3) and second generation ("05", "06":
// §B4) with card-number authentication and secure messaging (ResidenceCardProfile), images,
// signatures from the simulator's test ZairyuCard CA / CA2; and a card of type "07"/"08" on the
// My Number platform (§B5) that answers only as far as its type, for the refusal.
//
// The persona's "residence" document: cardType, cardNumber, dates, and per generation the texts
// drawn on the front image (first) or the printed-entry codes (second); "photo": false for an
// under-16 card, which carries neither photo nor signature (§B1 [U]).
class ResidenceSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);
};

} // namespace madoguchi
