#include "core/sim/IdCardCanvas.h"

#include <QPainterPath>

#include <cmath>

namespace madoguchi {

IdCardCanvas::IdCardCanvas(qreal pixelsPerMm, QColor tint, QColor waves)
    : m_image(qRound(kWidthMm * pixelsPerMm), qRound(kHeightMm * pixelsPerMm), QImage::Format_RGB32)
{
    m_image.fill(tint);
    m_painter = std::make_unique<QPainter>(&m_image);
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->scale(pixelsPerMm, pixelsPerMm);
    m_painter->setPen(QPen(waves, 0.1));
    for (qreal y = 1; y < kHeightMm; y += 1.4) {
        QPainterPath wave;
        wave.moveTo(0, y);
        for (qreal x = 0; x <= kWidthMm; x += 0.8)
            wave.lineTo(x, y + 0.5 * std::sin(x / 3 + y / 2));
        m_painter->drawPath(wave);
    }
}

IdCardCanvas::~IdCardCanvas() = default;

void IdCardCanvas::text(qreal x, qreal y, qreal sizeMm, const QString& text, bool bold, QColor colour)
{
    // The cards print in a gothic typeface; Noto Sans CJK JP stands in for it.
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    // Drawn at 100 px and scaled: pixel sizes are whole numbers, millimetres are not.
    font.setPixelSize(100);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setBold(bold);
    m_painter->save();
    m_painter->translate(x, y);
    m_painter->scale(sizeMm / 100, sizeMm / 100);
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(QPointF(0, 0), text);
    m_painter->restore();
}

void IdCardCanvas::mrzLine(qreal x, qreal y, const QByteArray& line, qreal pitchMm, qreal capHeightMm)
{
    QFont ocrb(QStringLiteral("OCR B"));
    ocrb.setPixelSize(100);
    ocrb.setHintingPreference(QFont::PreferNoHinting);
    const qreal scale = capHeightMm / 0.7 / 100;  // OCR-B's capitals are about 0.7 em
    m_painter->save();
    m_painter->setFont(ocrb);
    m_painter->setPen(Qt::black);
    for (qsizetype i = 0; i < line.size(); ++i) {
        m_painter->save();
        m_painter->translate(x + i * pitchMm, y);
        m_painter->scale(scale, scale);
        m_painter->drawText(QPointF(0, 0), QString(QLatin1Char(line.at(i))));
        m_painter->restore();
    }
    m_painter->restore();
}

void IdCardCanvas::picture(const QRectF& mm, const QImage& image)
{
    m_painter->drawImage(mm, image);
}

void IdCardCanvas::box(const QRectF& mm, QColor fill)
{
    m_painter->fillRect(mm, fill);
}

QImage IdCardCanvas::take()
{
    m_painter.reset();
    return std::move(m_image);
}

} // namespace madoguchi
