// EF.SOD (passport.md §4.3): the CMS SignedData with the LDS security object, through OpenSSL.
#include "core/cards/passport/SecurityObject.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 1);
    (void)SecurityObject::parse(input.payload);
    return 0;
}
