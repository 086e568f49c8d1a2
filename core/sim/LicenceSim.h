#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual IC driver's licence from drivers-licence.md §A1–A5: the MF with the common data
// (EF01 2F01) and the PIN setting (EF02, SFI 0A), PIN1/PIN2 (3 tries each); DF1 with the entries
// (EF01), 本籍 (EF02), 外字 (EF03, EF05), change history (EF04, EF06) and the signature (EF07);
// DF2 with the photo; DF3 reserved. Files have the sizes of §A1 and 00 filler.
//
// Text is JIS X 0208; a character outside it becomes 外字n (FFF0+n) with a 32 × 32 bitmap drawn
// from the font, 外字1–2 in EF03 and 3–7 in EF05, and 欠字 (FFFA) past seven. Where the spec is
// [U] (外字 layout, change records, the signature's tags and signed data) the card follows the
// choices documented in core/cards/licence, so that both ends can be checked together.
//
// Faults: tampered-text (the entries changed after signing), tampered-photo, blocked-pin (PIN1
// at 0), pin-last-try (PIN2 at one try).
class LicenceSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);

    // The issuer signature object (§A5, tags as LicenceSignature takes them) over `signedData`,
    // by the simulator's test licence signer, 00-padded to `size`; the conventional card's EF07
    // and the マイナ免許証's WEF03 alike.
    static QByteArray signatureFile(const QByteArray& signedData, qsizetype size);
};

} // namespace madoguchi
