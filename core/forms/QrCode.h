#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace madoguchi {

// QR codes through ZXing-cpp, kept behind this one class.
class QrCode
{
public:
    // One pixel per module, no quiet zone; black on white. Error correction level M.
    static QImage encode(const QByteArray& utf8);
    // The text of the first QR code found in `image`.
    static std::optional<QByteArray> decode(const QImage& image);
};

} // namespace madoguchi
