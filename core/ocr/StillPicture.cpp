#include "core/ocr/StillPicture.h"

#include "core/ocr/ReadingAgreement.h"

namespace madoguchi {

Result<SecureBytes, QString> StillPicture::read(FrameReader& reader, const QImage& picture)
{
    ReadingAgreement agreement(reader.framesToAgree());
    QString firstProblem;
    for (const double scale : {1.0, 0.9, 0.8, 0.7, 0.6, 0.5}) {
        const QImage sample = scale == 1.0 ? picture : picture.scaledToWidth(qRound(picture.width() * scale), Qt::SmoothTransformation);
        auto value = reader.readCredential(sample);
        if (!value) {
            if (firstProblem.isEmpty())
                firstProblem = value.error();
            continue;
        }
        if (auto agreed = agreement.offer(*value))
            return std::move(*agreed);
    }
    return firstProblem.isEmpty() ? tr("the readings of the picture at different sizes do not agree") : firstProblem;
}

} // namespace madoguchi
