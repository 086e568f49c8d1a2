// The My Number card's files (mynumber.md §3–§5): 券面事項入力補助AP text, integrity record,
// 券面AP face, card-verifiable certificates, JPKI public-key objects.
#include "core/cards/mynumber/CardVerifiableCertificate.h"
#include "core/cards/mynumber/IntegrityRecord.h"
#include "core/cards/mynumber/RsaKeyObjects.h"
#include "core/cards/mynumber/SurfaceFace.h"
#include "core/cards/mynumber/TextApFiles.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 6);
    switch (input.choice) {
    case 0: (void)TextApFiles::parseMyNumber(input.payload); break;
    case 1: (void)TextApFiles::parseBasicFour(input.payload); break;
    case 2: (void)IntegrityRecord::parse(input.payload); break;
    case 3: (void)SurfaceFace::parse(input.payload); break;
    case 4: (void)CardVerifiableCertificate::parse(input.payload); break;
    case 5: (void)RsaKeyObjects::parse(input.payload); break;
    }
    return 0;
}
