#include "core/cards/residence/ResidenceCardType.h"

namespace madoguchi {
namespace {

// §B1: the card-type object.
constexpr quint8 kTag = 0xC1;

} // namespace

Result<ResidenceCardType, QString> ResidenceCardType::parse(QByteArrayView file)
{
    if (file.size() < 3 || quint8(file[0]) != kTag || file[1] < 1 || file[1] > 2 || file.size() < 2 + file[1])
        return tr("card type file (MF/EF02) is not a C1 object of 1 or 2 bytes");
    ResidenceCardType type;
    type.code = file.sliced(2, file[1]).toByteArray();
    using D = Document;
    using P = Platform;
    struct Known
    {
        const char* code;
        Document document;
        Platform platform;
    };
    static constexpr Known kKnown[] = {
        {"1", D::ResidenceCard, P::FirstGeneration},            {"2", D::SpecialPermanentResident, P::FirstGeneration},
        {"05", D::ResidenceCard, P::SecondGeneration},          {"06", D::SpecialPermanentResident, P::SecondGeneration},
        {"07", D::ResidenceCard, P::MyNumberCard},              {"08", D::SpecialPermanentResident, P::MyNumberCard},
    };
    for (const Known& known : kKnown)
        if (type.code == known.code) {
            type.document = known.document;
            type.platform = known.platform;
            return type;
        }
    return tr("unknown residence card type %1").arg(QString::fromLatin1(type.code.toHex().toUpper()));
}

} // namespace madoguchi
