// The bilevel TIFF wrapper (libtiff, in memory; the residence card's images).
#include "core/image/BilevelTiff.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 1);
    (void)BilevelTiff::decode(input.payload);
    return 0;
}
