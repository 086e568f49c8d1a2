#include "core/cards/mynumber/SurfaceFace.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/crypto/Rsa.h"
#include "core/text/DigitDate.h"

#include <map>

namespace madoguchi {

Result<SurfaceFace, QString> SurfaceFace::parse(QByteArrayView file)
{
    auto outer = BerTlv::parse(file);
    if (!outer)
        return outer.error().message();
    if (outer->tag() != 0xFF20)
        return tr("card-face file: no FF20 object");
    std::map<quint32, BerTlv> items;
    BerTlvReader children = outer->children();
    while (!children.atEnd()) {
        auto item = children.next();
        if (!item)
            return item.error().message();
        items.insert_or_assign(item->tag(), *item);
    }
    for (quint32 tag : {0xDF22u, 0xDF23u, 0xDF24u, 0xDF25u, 0xDF26u, 0xDF27u, 0xDF28u})
        if (!items.count(tag))
            //: %1: the tag of the missing card-face item.
            return tr("card-face file: item %1 missing").arg(tag, 0, 16);
    const auto value = [&](quint32 tag) { return items.count(tag) ? items.at(tag).value().toByteArray() : QByteArray(); };
    const auto raw = [&](quint32 tag) { return items.at(tag).encoded().toByteArray(); };
    SurfaceFace face;
    face.birthDate = DigitDate::parse(value(0xDF22));
    face.sexCode = value(0xDF23).isEmpty() ? '0' : value(0xDF23)[0];
    face.chipKeyObjects = value(0xDF24);
    face.nameImage = value(0xDF25);
    face.addressImage = value(0xDF26);
    face.photo = value(0xDF27);
    face.signature = value(0xDF28);
    face.expiryDate = DigitDate::parse(value(0xDF29));
    face.securityCodeImage = value(0xDF2A);
    if (!face.birthDate.isValid())
        return tr("card-face file: birth date malformed");
    const QByteArray groups = Rsa::sha256(raw(0xDF22) + raw(0xDF23) + raw(0xDF24)) + Rsa::sha256(raw(0xDF25) + raw(0xDF26))
                              + Rsa::sha256(raw(0xDF27));
    // SEQUENCE (113) { AlgorithmIdentifier sha256, NULL; OCTET STRING (96) }: mynumber.md §4.2.
    face.m_expectedDigestInfo = QByteArray::fromHex("3071300D060960864801650304020105000460") + groups;
    return face;
}

} // namespace madoguchi
