#include "core/cards/licence/LicenceGaiji.h"

#include "core/apdu/CardFileTlv.h"

namespace madoguchi {

QImage LicenceGaiji::glyph(QByteArrayView value)
{
    for (const int side : {16, 24, 32, 48}) {
        const qsizetype bitmapSize = side * side / 8;
        if (value.size() != bitmapSize && value.size() != bitmapSize + 1)
            continue;
        const QByteArrayView bits = value.last(bitmapSize);
        QImage image(side, side, QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        const int rowBytes = side / 8;
        for (int y = 0; y < side; ++y)
            std::memcpy(image.scanLine(y), bits.data() + y * rowBytes, size_t(rowBytes));
        return image;
    }
    return {};
}

QMap<int, QImage> LicenceGaiji::parse(QByteArrayView ef03, QByteArrayView ef05)
{
    QMap<int, QImage> glyphs;
    const auto add = [&glyphs](int number, QByteArrayView value) {
        const QImage image = glyph(value);
        if (!image.isNull())
            glyphs.insert(number, image);
    };
    if (auto items = CardFileTlv::readAll(ef03)) {
        for (const CardFileTlv::Item& item : std::as_const(*items))
            if (item.tag == 0x48 || item.tag == 0x49)
                add(item.tag - 0x47, item.value);
    }
    if (auto items = CardFileTlv::readAll(ef05)) {
        int number = 3;
        for (const CardFileTlv::Item& item : std::as_const(*items)) {
            if (item.tag == 0x50)
                continue;  // 追記の有無 flag
            if (number > 7)
                break;
            add(number++, item.value);
        }
    }
    return glyphs;
}

} // namespace madoguchi
