#pragma once

#include "core/base/Result.h"
#include "core/cards/IdentityRecord.h"

#include <QCoreApplication>

namespace madoguchi {

// The first face image of DG2 (passport.md §4): 75 { 7F61 { 02 count, 7F60 { A1 header, 5F2E or
// 7F2E BDB } } }, the BDB an ISO/IEC 19794-5 facial record — header, facial information, feature
// points, image information (image data type 00 JPEG, 01 JPEG 2000) — then the image. The structure
// is parsed, never searched for magic bytes (§7).
class FaceImage
{
    Q_DECLARE_TR_FUNCTIONS(FaceImage)

public:
    static Result<IdentityRecord::Image, QString> parse(QByteArrayView dg2);
};

} // namespace madoguchi
