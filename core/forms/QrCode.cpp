#include "core/forms/QrCode.h"

// ZXing 1.4: text() as UTF-8 std::string (the API it is moving to).
#define ZX_USE_UTF8 1

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

namespace madoguchi {

QImage QrCode::encode(const QByteArray& utf8)
{
    // ISO/IEC 18004 level M (index 4 of ZXing's 0..8 scale): about 15 % recovery, enough for paper.
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setEncoding(ZXing::CharacterSet::UTF8)
                                        .setEccLevel(4)
                                        .setMargin(0)
                                        .encode(utf8.toStdString(), 0, 0);
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            image.scanLine(y)[x] = matrix.get(x, y) ? 0 : 255;
    return image;
}

std::optional<QByteArray> QrCode::decode(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return QByteArray::fromStdString(result.text());
}

} // namespace madoguchi
