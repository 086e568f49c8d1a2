#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/ocr/FrameReader.h"

#include <QCoreApplication>
#include <QImage>

namespace madoguchi {

// A credential read off one still picture (a scan, a photo given to madoguchi-read --card-image):
// a camera's successive frames are not there to agree, so the picture is read at several sizes —
// each a different sampling of its characters — and the value is given only when as many of these
// readings in a row agree as the reader asks of frames (FrameReader::framesToAgree): sizes from the
// picture's own down to half of it.
class StillPicture
{
    Q_DECLARE_TR_FUNCTIONS(StillPicture)

public:
    static Result<SecureBytes, QString> read(FrameReader& reader, const QImage& picture);
};

} // namespace madoguchi
