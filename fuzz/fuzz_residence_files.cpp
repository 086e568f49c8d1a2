// The residence card's files (residence-card.md §B1–§B4): card type, entries of both generations,
// the signature file.
#include "core/cards/residence/ResidenceCardType.h"
#include "core/cards/residence/ResidenceEntries.h"
#include "core/cards/residence/ResidenceSignatureFile.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 3);
    switch (input.choice) {
    case 0: (void)ResidenceCardType::parse(input.payload); break;
    case 1: (void)ResidenceEntries::parse(input.payload); break;
    case 2: (void)ResidenceSignatureFile::parse(input.payload); break;
    }
    return 0;
}
