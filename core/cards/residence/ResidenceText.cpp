#include "core/cards/residence/ResidenceText.h"

#include "core/text/Iconv.h"

namespace madoguchi {

std::optional<ResidenceText::Decoded> ResidenceText::decode(QByteArrayView bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == '\0')
        --end;
    const QByteArrayView text = bytes.first(end);
    // glibc names; the labels are what staff and logs see.
    const std::pair<const char*, const char*> encodings[] = {
        {"UTF-8", "UTF-8"}, {"SHIFT_JISX0213", "Shift_JIS-2004"}, {"CP932", "CP932"}};
    for (const auto& [iconvName, label] : encodings) {
        if (auto utf8 = Iconv("UTF-8", iconvName).convert(text)) {
            QString decoded = QString::fromUtf8(*utf8);
            while (decoded.endsWith(QLatin1Char(' ')) || decoded.endsWith(QChar(0x3000)))
                decoded.chop(1);
            return Decoded{decoded, QLatin1String(label)};
        }
    }
    return std::nullopt;
}

} // namespace madoguchi
