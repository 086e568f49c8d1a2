// The delivery-key file of 07/08 cards (residence-card-0708.md §4): every encoding it is sniffed for
// — PEM, DER SubjectPublicKeyInfo, DER PKCS#1, JICSAP A1 { 90, 91 }, a bare modulus — from bytes an
// administrator installs.
#include "core/cards/residence/ResidenceDeliveryKey.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // One parser: the seed corpus's choice byte is passed over.
    const FuzzInput input = FuzzInput::split(data, size, 1);
    const auto key = ResidenceDeliveryKey::parse(input.payload);
    if (key)
        (void)key->describe();
    return 0;
}
