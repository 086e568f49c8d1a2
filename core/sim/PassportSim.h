#pragma once

#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"
#include "core/sim/VirtualCard.h"

#include <memory>

namespace madoguchi {

// A virtual eMRTD (passport.md §4, §5): the LDS1 application A0000002471001 with EF.COM, DG1 (TD3
// MRZ), DG2 (an ISO/IEC 19794-5 face of about 20 KB in JPEG 2000), DG11, DG12, DG14 (Chip
// Authentication key, ECDSA Active Authentication info) and DG15 (Active Authentication key) as the
// persona says, and EF.SOD signed by a test document signer; EF.CardAccess in the MF when the chip
// offers PACE. Its files are reachable only through BAC or PACE (PassportChip).
//
// Persona section "passport": documentNumber, issueDate, expiryDate, issuingState, authority,
// placeOfBirth, address, can, access ("bac" | "pace"), paceParameterId, paceCipher, activeAuthentication
// ("rsa" | "ecdsa" | "none"), chipAuthentication (bool), hash ("sha256" | "sha1": the 2016 RSA signer).
// Faults: tampered-text (DG1), tampered-photo (DG2), cloned (other AA / CA keys in the chip),
// untrusted-signer (a DS under no CSCA), pace-only (6A88 to BAC).
class PassportSim
{
public:
    static std::unique_ptr<VirtualCard> build(const Persona& persona, const SimCardOptions& options);
};

} // namespace madoguchi
