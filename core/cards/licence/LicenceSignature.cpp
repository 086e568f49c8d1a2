#include "core/cards/licence/LicenceSignature.h"

#include "core/apdu/CardFileTlv.h"

namespace madoguchi {

Result<LicenceSignature, QString> LicenceSignature::parse(QByteArrayView file)
{
    auto items = CardFileTlv::readAll(file);
    if (!items)
        //: %1: what is wrong with the signature file.
        return tr("signature file: %1").arg(items.error());
    LicenceSignature out;
    for (const CardFileTlv::Item& item : std::as_const(*items)) {
        switch (item.tag) {
        case 0xB1: out.signature = item.value.toByteArray(); break;
        case 0xB2: out.serialNumber = item.value.toByteArray(); break;
        case 0xB3: out.issuerName = QString::fromLatin1(item.value).trimmed(); break;
        case 0xB4: out.subjectName = QString::fromLatin1(item.value).trimmed(); break;
        case 0xB5: out.subjectKeyId = item.value.toByteArray(); break;
        default: break;
        }
    }
    if (out.signature.size() != 256)
        return tr("signature file: no 256-byte signature (B1)");
    return out;
}

QByteArray LicenceSignature::signedData(QByteArrayView entries, QByteArrayView gaiji, QByteArrayView photo)
{
    QByteArray data;
    data.reserve(entries.size() + gaiji.size() + photo.size());
    data.append(entries).append(gaiji).append(photo);
    return data;
}

QByteArray LicenceSignature::signedDataOnMyNumber(QByteArrayView information)
{
    return information.toByteArray();
}

} // namespace madoguchi
