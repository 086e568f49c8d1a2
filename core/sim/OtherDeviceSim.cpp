#include "core/sim/OtherDeviceSim.h"

#include "core/sim/SimFiles.h"

namespace madoguchi {
namespace {

const QByteArray kJpkiAid = QByteArray::fromHex("D392F000260100000001");  // mynumber.md §1
const QByteArray kMdocAid = QByteArray::fromHex("A0000002480400");        // ISO/IEC 18013-5 §8.3.3.1.2
const QByteArray kNdefAid = QByteArray::fromHex("D2760000850101");        // NFC Forum Type 4 Tag

// mynumber.md §5: EF 0006, 160 bytes, the token name space-padded to 32 bytes.
DedicatedFile jpki(const QByteArray& token)
{
    DedicatedFile ap(kJpkiAid);
    ap.addFile({0x0006, 0x06, SimFiles::padded(SimFiles::padded(token, 32, ' '), 160, 0), {}});
    return ap;
}

} // namespace

std::unique_ptr<VirtualCard> OtherDeviceSim::build(SimCardType type)
{
    // Phones speak ISO 14443-4 only: a contactless ATR as a PC/SC part 3 reader makes it.
    auto device = std::make_unique<VirtualCard>(SimFiles::contactlessAtr(QByteArray::fromHex("0000000000B381D1")), DedicatedFile(),
                                                VirtualCard::Options{});
    switch (type) {
    case SimCardType::Iphone: device->addApplication(jpki(QByteArrayLiteral("JPKIAPIOSTOKEN"))); break;
    case SimCardType::Android: device->addApplication(jpki(QByteArrayLiteral("JPKIAPGPSETOKEN"))); break;
    case SimCardType::Mdoc:
        device->addApplication(DedicatedFile(kMdocAid));
        device->addApplication(DedicatedFile(kNdefAid));
        break;
    case SimCardType::NextGeneration: device->addApplication(jpki(QByteArrayLiteral("JPKIAPICCTOKEN2"))); break;
    default: break;
    }
    return device;
}

} // namespace madoguchi
