#include "core/cards/passport/FaceImage.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/base/BigEndian.h"
#include "core/image/Jpeg2000.h"


namespace madoguchi {
namespace {

// ISO/IEC 19794-5 (2005) sizes, passport.md §4.
constexpr qsizetype kRecordHeader = 14;      // "FAC\0", "010\0", record length (4), image count (2)
constexpr qsizetype kFacialInformation = 20;
constexpr qsizetype kFeaturePoint = 8;
constexpr qsizetype kImageInformation = 12;

} // namespace

Result<IdentityRecord::Image, QString> FaceImage::parse(QByteArrayView dg2)
{
    auto file = BerTlv::parse(dg2);
    if (!file || file->tag() != 0x75)
        return tr("DG2 does not start with 75");
    auto group = file->children().find(0x7F61);
    if (!group)
        return tr("DG2 holds no biometric information group (7F61)");
    auto templ = group->children().find(0x7F60);
    if (!templ)
        return tr("DG2 holds no biometric template (7F60)");
    QByteArrayView bdb;
    BerTlvReader parts = templ->children();
    while (!parts.atEnd()) {
        auto part = parts.next();
        if (!part)
            //: %1: what is wrong with the face data group (a parser message).
            return tr("DG2: %1").arg(part.error().message());
        if (part->tag() == 0x5F2E || part->tag() == 0x7F2E)
            bdb = part->value();
    }
    if (bdb.size() < kRecordHeader + kFacialInformation + kImageInformation)
        return tr("DG2's facial record is too short");
    if (bdb.first(4) != QByteArrayView("FAC\0", 4))
        return tr("DG2's biometric data block is not a facial record (FAC)");
    if (BigEndian::value(bdb.sliced(12, 2)) < 1)
        return tr("DG2's facial record holds no image");
    const QByteArrayView face = bdb.sliced(kRecordHeader);
    const auto faceLength = qsizetype(BigEndian::value(face.first(4)));
    const auto points = qsizetype(BigEndian::value(face.sliced(4, 2)));
    const qsizetype imageInfoAt = kFacialInformation + points * kFeaturePoint;
    const qsizetype imageAt = imageInfoAt + kImageInformation;
    if (faceLength > face.size() || imageAt >= faceLength)
        return tr("DG2's facial record lengths do not fit its data");
    const QByteArrayView info = face.sliced(imageInfoAt, kImageInformation);
    IdentityRecord::Image out;
    out.bytes = face.sliced(imageAt, faceLength - imageAt).toByteArray();
    out.width = int(BigEndian::value(info.sliced(2, 2)));
    out.height = int(BigEndian::value(info.sliced(4, 2)));
    switch (quint8(info[1])) {
    case 0x00:
        out.format = QStringLiteral("jpeg");
        break;
    case 0x01: {
        const Jpeg2000::Container container = Jpeg2000::sniff(out.bytes);
        if (container == Jpeg2000::Container::Unknown)
            return tr("DG2 says JPEG 2000, but the image is neither a JP2 file nor a codestream");
        out.format = container == Jpeg2000::Container::Jp2 ? QStringLiteral("jp2") : QStringLiteral("j2k");
        break;
    }
    default:
        return tr("DG2's image data type %1 is not JPEG or JPEG 2000").arg(quint8(info[1]));
    }
    return out;
}

} // namespace madoguchi
