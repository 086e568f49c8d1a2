#include "core/cards/licence/LicencePhoto.h"

#include "core/apdu/CardFileTlv.h"
#include "core/image/Jpeg2000.h"

namespace madoguchi {

Result<QByteArray, QString> LicencePhoto::parse(QByteArrayView file)
{
    CardFileTlv reader(file);
    auto item = reader.next();
    if (!item)
        //: %1: what is wrong with the licence photo file.
        return tr("photo file: %1").arg(item.error());
    if (item->tag != 0x5F40)
        return tr("photo file: no 5F40 object");
    if (Jpeg2000::sniff(item->value) == Jpeg2000::Container::Unknown)
        return tr("photo file: not a JPEG 2000 image");
    QByteArrayView image = item->value;
    while (image.size() > 2 && image.back() == 0 && !image.endsWith("\xFF\xD9"))
        image.chop(1);
    return image.toByteArray();
}

} // namespace madoguchi
