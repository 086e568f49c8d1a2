// The driver's licence's files (drivers-licence.md §A1–§A5) and the マイナ免許証's (§B): common data,
// PIN setting, entries, change history, signature, photo, 外字 bitmaps, the My Number licence AP.
#include "core/cards/licence/LicenceChanges.h"
#include "core/cards/licence/LicenceEntries.h"
#include "core/cards/licence/LicenceFreeFiles.h"
#include "core/cards/licence/LicenceGaiji.h"
#include "core/cards/licence/LicencePhoto.h"
#include "core/cards/licence/LicenceSignature.h"
#include "core/cards/licence/MyNumberLicenceFiles.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 8);
    switch (input.choice) {
    case 0: (void)LicenceFreeFiles::parseCommon(input.payload); break;
    case 1: (void)LicenceFreeFiles::parsePinSetting(input.payload); break;
    case 2: (void)LicenceEntries::parse(input.payload); break;
    case 3: (void)LicenceChanges::parse(input.payload); break;
    case 4: (void)LicenceSignature::parse(input.payload); break;
    case 5: (void)LicencePhoto::parse(input.payload); break;
    case 6: {
        // EF03 and EF05 hold the 外字 between them: the input split in two.
        const qsizetype half = input.payload.size() / 2;
        (void)LicenceGaiji::parse(input.payload.first(half), input.payload.sliced(half));
        break;
    }
    case 7:
        (void)MyNumberLicenceFiles::parsePinSetting(input.payload);
        (void)MyNumberLicenceFiles::parseInformation(input.payload);
        break;
    }
    return 0;
}
