// The passport's LDS files (passport.md §4): EF.COM, DG1 and its MRZ, DG2's face record, DG11/DG12
// items, DG14 and EF.CardAccess (SecurityInfos), DG15's Active Authentication key.
#include "core/cards/passport/ActiveAuthentication.h"
#include "core/cards/passport/FaceImage.h"
#include "core/cards/passport/LdsFile.h"
#include "core/cards/passport/Mrz.h"
#include "core/cards/passport/SecurityInfos.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 7);
    switch (input.choice) {
    case 0: (void)LdsFile::dataGroups(input.payload); break;
    case 1: {
        auto characters = LdsFile::mrzCharacters(input.payload);
        if (characters)
            (void)Mrz::parse(*characters);
        break;
    }
    case 2: (void)Mrz::parse(input.payload); break;
    case 3: (void)FaceImage::parse(input.payload); break;
    case 4:
        (void)LdsFile::items(input.payload, 0x6B);
        (void)LdsFile::items(input.payload, 0x6C);
        break;
    case 5: (void)SecurityInfos::parse(input.payload); break;
    case 6: (void)ActiveAuthentication::publicKey(input.payload); break;
    }
    return 0;
}
