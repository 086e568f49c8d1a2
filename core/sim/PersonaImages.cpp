#include "core/sim/PersonaImages.h"

#include "core/image/Jpeg2000.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTextLayout>

namespace madoguchi {

QImage PersonaImages::face(const Persona& persona, QSize size)
{
    // Deterministic per persona, so that the same virtual card always carries the same photo.
    QRandomGenerator rng(qHash(persona.id()));
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(QColor(225, 225, 225));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = size.width();
    const qreal h = size.height();
    const int skin = 170 + int(rng.bounded(40));
    const int hair = 30 + int(rng.bounded(60));
    // shoulders, neck, head, hair
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(90, 90, 90));
    p.drawEllipse(QRectF(w * 0.05, h * 0.78, w * 0.9, h * 0.5));
    p.setBrush(QColor(skin, skin, skin));
    p.drawRect(QRectF(w * 0.42, h * 0.6, w * 0.16, h * 0.2));
    const qreal headW = w * (0.50 + rng.bounded(0.08));
    const QRectF head((w - headW) / 2, h * 0.18, headW, h * 0.5);
    p.drawEllipse(head);
    p.setBrush(QColor(hair, hair, hair));
    QPainterPath hairPath;
    hairPath.moveTo(head.left() - 2, head.center().y());
    hairPath.arcTo(head.adjusted(-3, -6, 3, 0), 180, -180);
    hairPath.quadTo(head.center().x(), head.top() + head.height() * (0.15 + rng.bounded(0.1)), head.left() - 2,
                    head.center().y());
    p.drawPath(hairPath);
    // eyes, brows, nose, mouth
    p.setBrush(QColor(40, 40, 40));
    const qreal eyeY = head.top() + head.height() * 0.48;
    const qreal eyeDx = head.width() * (0.18 + rng.bounded(0.04));
    for (int side : {-1, 1}) {
        p.drawEllipse(QPointF(head.center().x() + side * eyeDx, eyeY), 3.5, 2.2);
        p.setPen(QPen(QColor(hair, hair, hair), 2));
        p.drawLine(QPointF(head.center().x() + side * (eyeDx - 6), eyeY - 8),
                   QPointF(head.center().x() + side * (eyeDx + 6), eyeY - 9));
        p.setPen(Qt::NoPen);
    }
    p.setPen(QPen(QColor(skin - 50, skin - 50, skin - 50), 1.5));
    p.drawLine(QPointF(head.center().x(), eyeY + 6), QPointF(head.center().x() - 3, eyeY + 18));
    p.setPen(QPen(QColor(90, 90, 90), 2));
    const qreal mouthY = head.top() + head.height() * 0.78;
    p.drawArc(QRectF(head.center().x() - 10, mouthY - 6, 20, 8), 200 * 16, 140 * 16);
    return image;
}

QImage PersonaImages::textImage(const QString& text, int width, int pixelSize)
{
    QFont font(QStringLiteral("IPAexGothic"));
    font.setPixelSize(pixelSize);
    font.setStyleStrategy(QFont::NoAntialias);
    QTextLayout layout(text, font);
    layout.beginLayout();
    qreal y = 2;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width - 4);
        line.setPosition(QPointF(2, y));
        y += line.height();
    }
    layout.endLayout();
    QImage image(width, int(y) + 4, QImage::Format_Mono);
    image.fill(1);
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    QImage canvas(image.size(), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter p(&canvas);
        p.setPen(Qt::black);
        layout.draw(&p, QPointF(0, 0));
    }
    return canvas.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
}

QByteArray PersonaImages::textPng(const QString& text, int width, int pixelSize)
{
    const QImage image = textImage(text, width, pixelSize);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray PersonaImages::faceJpeg2000(const Persona& persona, qsizetype maxBytes, Jpeg2000::Container container)
{
    // The finest quality that fits: card files have a fixed size.
    return jpeg2000Within(face(persona), maxBytes, container);
}

QByteArray PersonaImages::jpeg2000Within(const QImage& image, qsizetype maxBytes, Jpeg2000::Container container)
{
    QByteArray encoded;
    for (double bpp = 8.0 * double(maxBytes) * 0.9 / (image.width() * image.height()); bpp > 0.1; bpp *= 0.85) {
        encoded = Jpeg2000::encode(image, bpp, container);
        if (encoded.size() <= maxBytes)
            break;
    }
    return encoded;
}

QImage PersonaImages::glyph(const QString& character, int side)
{
    QImage canvas(side, side, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QFont font(QStringLiteral("IPAexGothic"));
        font.setPixelSize(side - 2);
        font.setStyleStrategy(QFont::NoAntialias);
        QPainter p(&canvas);
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(QRect(0, 0, side, side), Qt::AlignCenter, character);
    }
    QImage glyph(side, side, QImage::Format_Mono);
    glyph.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            glyph.setPixel(x, y, qGray(canvas.pixel(x, y)) < 128 ? 1 : 0);
    return glyph;
}

} // namespace madoguchi
