#pragma once

#include <QImage>
#include <QPainter>
#include <QString>

#include <memory>

namespace madoguchi {

// An ID-1 card face (ISO/IEC 7810: 85.60 × 53.98 mm) being drawn, in millimetres: a pale tint with
// fine security-print waves, then text and pictures placed as the card's public sample shows them.
// The card fronts of the virtual cards (MyNumberCardFront, ResidenceCardFront) draw on it.
class IdCardCanvas
{
public:
    static constexpr qreal kWidthMm = 85.60;
    static constexpr qreal kHeightMm = 53.98;

    IdCardCanvas(qreal pixelsPerMm, QColor tint, QColor waves);
    ~IdCardCanvas();

    // `text` with its baseline's left end at (x, y) mm, `sizeMm` high (the font's pixel size).
    void text(qreal x, qreal y, qreal sizeMm, const QString& text, bool bold = false, QColor colour = QColor(0x20, 0x20, 0x20));
    // A machine-readable zone's line in OCR-B (Debian's fonts-ocr-b), one character every `pitchMm`,
    // its baseline's left end at (x, y) mm, the capitals `capHeightMm` high.
    void mrzLine(qreal x, qreal y, const QByteArray& line, qreal pitchMm, qreal capHeightMm);
    void picture(const QRectF& mm, const QImage& image);
    void box(const QRectF& mm, QColor fill);
    QImage take();

private:
    QImage m_image;
    std::unique_ptr<QPainter> m_painter;
};

} // namespace madoguchi
