// Text encodings on cards: the licence's JIS X 0208 ("J8", with 外字 and 欠字 codes) and the
// first-generation residence card's text (UTF-8, Shift_JIS-2004, CP932 tried in turn).
#include "core/cards/residence/ResidenceText.h"
#include "core/text/JisX0208.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 2);
    switch (input.choice) {
    case 0: (void)JisX0208::decode(input.payload); break;
    case 1: (void)ResidenceText::decode(input.payload); break;
    }
    return 0;
}
