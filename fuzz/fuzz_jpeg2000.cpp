// The JPEG 2000 wrapper (OpenJPEG; My Number and passport photos): JP2 files and raw codestreams.
#include "core/image/Jpeg2000.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

namespace {

// Headers are always read, and what claims more than Jpeg2000::kMaxPixels is refused there. Images
// up to this size are decoded as well: every decoding path is reached with them, while a decode of
// several million pixels takes a second and would keep the fuzzer from going anywhere else.
constexpr qint64 kDecodedPixels = 512 * 512;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 1);
    const auto info = Jpeg2000::info(input.payload);
    if (info && qint64(info->width) * info->height <= kDecodedPixels)
        (void)Jpeg2000::decode(input.payload);
    return 0;
}
