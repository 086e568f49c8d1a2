// BER-TLV and APDU framing: the generic parsers every card's data goes through first.
#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/apdu/CardFileTlv.h"
#include "core/apdu/CommandApdu.h"
#include "core/apdu/ResponseApdu.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

namespace {

// Every object of the tree, as the card readers walk nested files (depth bounded by the input's size).
void walk(BerTlvReader reader)
{
    while (!reader.atEnd()) {
        auto tlv = reader.next();
        if (!tlv)
            return;
        if (tlv->isConstructed())
            walk(tlv->children());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 5);
    switch (input.choice) {
    case 0: walk(BerTlvReader(input.payload, 0, BerTlvReader::Filler::ZeroOrFf)); break;
    case 1: (void)BerTlv::parseHeader(input.payload); break;
    case 2: (void)CardFileTlv::readAll(input.payload); break;
    case 3: (void)CommandApdu::parse(input.payload); break;
    case 4: (void)ResponseApdu::parse(input.payload); break;
    }
    return 0;
}
