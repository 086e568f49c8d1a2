#include "ui/GlyphText.h"

#include "core/text/JisX0208.h"

namespace madoguchi {

bool GlyphText::hasGlyphs(const IdentityRecord& record)
{
    return std::any_of(record.images.keyBegin(), record.images.keyEnd(), [](const QString& key) { return key.startsWith(QLatin1String("gaiji")); });
}

QString GlyphText::html(const IdentityRecord& record, const QString& key, const QString& text, int pixelSize)
{
    const QStringList numbers = record.fields.value(key + QStringLiteral("Gaiji")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString out;
    qsizetype next = 0;
    for (const QChar c : text) {
        const IdentityRecord::Image glyph =
            c == QChar(JisX0208::kGaijiPlaceholder) && next < numbers.size() ? record.images.value(QStringLiteral("gaiji") + numbers[next++])
                                                                              : IdentityRecord::Image{};
        if (glyph.bytes.isEmpty()) {
            out += QString(c).toHtmlEscaped();
            continue;
        }
        out += QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%2\" style=\"vertical-align:middle\">")
                   .arg(QString::fromLatin1(glyph.bytes.toBase64()))
                   .arg(pixelSize);
    }
    return out;
}

} // namespace madoguchi
