#include "core/sim/ResidenceSim.h"

#include "core/sim/SimFiles.h"

namespace madoguchi {

std::unique_ptr<VirtualCard> ResidenceSim::build(const Persona& persona, const SimCardOptions& simOptions)
{
    const QJsonObject doc = persona.document(QStringLiteral("residence"));
    const int generation = doc.value(QLatin1String("generation")).toInt(1);
    const bool special = doc.value(QLatin1String("specialPermanentResident")).toBool();
    // §B1: C1 01 '1' residence card / '2' special permanent resident; §B4: C1 02 "05" / "06".
    const QByteArray type = generation == 2 ? QByteArray(special ? "06" : "05") : QByteArray(special ? "2" : "1");

    VirtualCard::Options options;
    options.extendedLength = simOptions.extendedLength;
    DedicatedFile mf;
    mf.addFile({0x0001, 0x0B, SimFiles::tlv(0xC0, generation == 2 ? QByteArrayLiteral("2.00") : QByteArrayLiteral("1.50")), {}})
        .addFile({0x0002, 0x0A, SimFiles::tlv(0xC1, type), {}});
    auto card = std::make_unique<VirtualCard>(SimFiles::contactlessAtr(QByteArray::fromHex("0000000000B381D1")),
                                              std::move(mf), options);
    for (const char* df : {"D392F0004F02", "D392F0004F03", "D392F0004F04"})
        card->addApplication(DedicatedFile(SimFiles::aid16(QByteArray::fromHex(df))));
    return card;
}

} // namespace madoguchi
