#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace madoguchi {

// DF2/EF01, the holder's photo (drivers-licence.md §A4, [C1]): 5F40 82 07 D0 and 2000 bytes
// holding a raw JPEG 2000 codestream (FF4F FF51 …, not a JP2 file), often monochrome.
class LicencePhoto
{
    Q_DECLARE_TR_FUNCTIONS(LicencePhoto)

public:
    // The codestream, up to and including its end-of-codestream marker (FFD9) when the 00 filler
    // of the fixed-size object follows it.
    static Result<QByteArray, QString> parse(QByteArrayView file);
};

} // namespace madoguchi
