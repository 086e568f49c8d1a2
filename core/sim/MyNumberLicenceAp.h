#pragma once

#include "core/sim/DedicatedFile.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardOptions.h"

namespace madoguchi {

// The マイナ免許証 application a My Number card carries once the holder's driving licence is
// recorded on it (drivers-licence.md §A6), built from the persona's "mynumberLicence" document:
// WEF01 (SFI 1A) the PIN setting, IEF01 (FID 0006, SFI 6) the licence PIN with 10 tries, WEF02
// (001B) C2/C3 history and the C5 expiry, WEF03 (001C) the signature over WEF02 by the
// simulator's test licence signer (layout [U], as LicenceSignature documents it).
//
// Faults: tampered-text (WEF02 changed after signing), blocked-pin / pin-last-try (the licence
// PIN at 0 / 1 as well).
class MyNumberLicenceAp
{
public:
    static DedicatedFile build(const Persona& persona, const SimCardOptions& options);
};

} // namespace madoguchi
