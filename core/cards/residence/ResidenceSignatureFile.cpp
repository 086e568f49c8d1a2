#include "core/cards/residence/ResidenceSignatureFile.h"

#include "core/apdu/CardFileTlv.h"

namespace madoguchi {

Result<ResidenceSignatureFile, QString> ResidenceSignatureFile::parse(QByteArrayView file)
{
    auto items = CardFileTlv::readAll(file);
    if (!items)
        return tr("signature file: %1").arg(items.error());
    ResidenceSignatureFile out;
    for (const CardFileTlv::Item& item : std::as_const(*items)) {
        if (item.tag == 0xDA || item.tag == 0xDC)  // §B1, §B4
            out.signature = item.value.toByteArray();
        else if (item.tag == 0xDB || item.tag == 0xDD)
            out.certificate = item.value.toByteArray();
    }
    return out;
}

} // namespace madoguchi
