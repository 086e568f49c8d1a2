#include "core/forms/FormRenderer.h"

#include "core/forms/FormFiller.h"
#include "core/forms/QrCode.h"
#include "core/text/WarekiDate.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QTextLayout>

namespace madoguchi {
namespace {

const QString kFontFamily = QStringLiteral("IPAexGothic");

struct Scale
{
    QPointF origin;
    double pxPerMm;
    double dpi;

    QRectF rect(const QRectF& mm) const { return {origin + mm.topLeft() * pxPerMm, mm.size() * pxPerMm}; }
    QPointF point(const QPointF& mm) const { return origin + mm * pxPerMm; }
    double px(double mm) const { return mm * pxPerMm; }
};

QFont font(double points, bool bold, double dpi)
{
    QFont f(kFontFamily);
    f.setPixelSize(std::max(1, qRound(points * dpi / 72.0)));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

// Lays `text` out in `width`, wrapping anywhere a line must break (CJK has no spaces).
qreal layoutHeight(QTextLayout& layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

// The part of `box` text is laid out in.
QRectF innerOf(const QRectF& box)
{
    const qreal inset = box.height() > 0 ? std::min(box.width(), box.height()) * 0.04 : 0;
    return box.adjusted(inset, 0, -inset, 0);
}

// Whether `text` fits `box` at `minSize` points, the smallest drawFitted goes to.
bool fitsAtMinimum(const QString& text, const QRectF& box, double minSize, bool bold, double dpi)
{
    const QRectF inner = innerOf(box);
    QTextLayout layout(text, font(minSize, bold, dpi));
    return layoutHeight(layout, inner.width()) <= inner.height();
}

// Draws `text` inside `box`, shrinking from `size` down to `minSize` points until it fits.
void drawFitted(QPainter& p, const QString& text, const QRectF& box, double size, double minSize, bool bold,
                Qt::Alignment align, double dpi)
{
    if (text.isEmpty())
        return;
    const QRectF inner = innerOf(box);
    for (double points = size;; points -= 0.5) {
        const bool last = points - 0.5 < minSize;
        QTextLayout layout(text, font(points, bold, dpi));
        const qreal height = layoutHeight(layout, inner.width());
        if (height <= inner.height() || last) {
            qreal top = inner.top();
            if (align & Qt::AlignVCenter)
                top += std::max<qreal>(0, (inner.height() - height) / 2);
            p.save();
            p.setClipRect(box);
            for (int i = 0; i < layout.lineCount(); ++i) {
                QTextLine line = layout.lineAt(i);
                qreal dx = 0;
                if (align & Qt::AlignHCenter)
                    dx = (inner.width() - line.naturalTextWidth()) / 2;
                else if (align & Qt::AlignRight)
                    dx = inner.width() - line.naturalTextWidth();
                line.draw(&p, QPointF(inner.left() + dx, top));
            }
            p.restore();
            return;
        }
    }
}

void drawCheck(QPainter& p, const QRectF& square)
{
    p.save();
    QPen pen(Qt::black, square.width() * 0.14);
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    const QPointF a = square.topLeft() + QPointF(square.width() * 0.2, square.height() * 0.55);
    const QPointF b = square.topLeft() + QPointF(square.width() * 0.42, square.height() * 0.78);
    const QPointF c = square.topLeft() + QPointF(square.width() * 0.82, square.height() * 0.22);
    p.drawPolyline(QVector<QPointF>{a, b, c});
    p.restore();
}

void drawQr(QPainter& p, const QByteArray& payload, const QRectF& box)
{
    const QImage code = QrCode::encode(payload);
    const int modules = code.width() + 2 * FormRenderer::kQrQuietModules;
    const qreal side = std::min(box.width(), box.height());
    const qreal module = side / modules;
    p.fillRect(QRectF(box.topLeft(), QSizeF(side, side)), Qt::white);
    const QPointF origin = box.topLeft() + QPointF(FormRenderer::kQrQuietModules * module, FormRenderer::kQrQuietModules * module);
    for (int y = 0; y < code.height(); ++y)
        for (int x = 0; x < code.width(); ++x)
            if (code.constScanLine(y)[x] == 0)
                p.fillRect(QRectF(origin + QPointF(x * module, y * module), QSizeF(module, module)), Qt::black);
}

} // namespace

QString FormRenderer::formatted(const QString& format, const QString& value)
{
    if (value.isEmpty())
        return {};
    if (format == QLatin1String("wareki-date") || format == QLatin1String("date")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return value;
        if (format == QLatin1String("wareki-date")) {
            if (const auto wareki = WarekiDate::fromGregorian(date))
                return wareki->toString();
        }
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    }
    if (format == QLatin1String("sex")) {
        if (value == QLatin1String("male"))
            return QStringLiteral("男");
        if (value == QLatin1String("female"))
            return QStringLiteral("女");
        return {};
    }
    return value;
}

void FormRenderer::paint(QPainter& p, const FormPage& page, const QRectF& target, double dpi)
{
    const Scale s{target.topLeft(), target.width() / page.form.pageSize().width(), dpi};
    p.save();
    p.fillRect(target, Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (const FormItem& item : page.form.items()) {
        QPen pen(Qt::black, std::max(1.0, s.px(item.lineWidth)));
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const QRectF r = s.rect(item.rect);
        switch (item.type) {
        case FormItem::Type::Text:
            drawFitted(p, item.text, r, item.size, item.minSize, item.bold, item.align, dpi);
            break;
        case FormItem::Type::Box:
            p.drawRect(r);
            // A label in the top-left corner of an otherwise empty box (署名欄, 印).
            drawFitted(p, item.text, QRectF(r.topLeft() + QPointF(s.px(1), s.px(0.8)), QSizeF(r.width() - s.px(2), s.px(5))),
                       item.size, item.minSize, item.bold, Qt::AlignLeft | Qt::AlignTop, dpi);
            break;
        case FormItem::Type::Line:
            p.drawLine(QLineF(s.point(item.line.p1()), s.point(item.line.p2())));
            break;
        case FormItem::Type::Field:
            drawFitted(p, formatted(item.format, page.data.value(item.binding)), r, item.size, item.minSize, item.bold,
                       item.align, dpi);
            break;
        case FormItem::Type::Boxes: {
            QString chars = page.data.value(item.binding);
            chars.remove(QLatin1Char('-'));
            const qreal w = r.width() / item.count;
            for (int i = 0; i < item.count; ++i) {
                const QRectF cell(r.left() + i * w, r.top(), w, r.height());
                p.drawRect(cell);
                if (i < chars.size())
                    drawFitted(p, chars.mid(i, 1), cell, item.size, item.minSize, item.bold, Qt::AlignCenter, dpi);
            }
            break;
        }
        case FormItem::Type::Checkbox: {
            const qreal side = std::min(r.width(), r.height());
            const QRectF square(r.left(), r.top() + (r.height() - side) / 2, side, side);
            p.drawRect(square);
            if (page.data.value(item.binding) == item.value)
                drawCheck(p, square);
            drawFitted(p, item.text, QRectF(square.right() + side * 0.3, r.top(), r.width() - side * 1.3, r.height()), item.size,
                       item.minSize, item.bold, Qt::AlignLeft | Qt::AlignVCenter, dpi);
            break;
        }
        case FormItem::Type::Qr:
            drawQr(p, FormFiller::qrPayload(page.form, page.data), r);
            break;
        }
    }
    p.restore();
}

QStringList FormRenderer::overflowing(const FormPage& page, double dpi)
{
    const Scale s{QPointF(0, 0), dpi / 25.4, dpi};
    QStringList out;
    for (const FormItem& item : page.form.items()) {
        if (item.type != FormItem::Type::Field)
            continue;
        const QString text = formatted(item.format, page.data.value(item.binding));
        if (!text.isEmpty() && !fitsAtMinimum(text, s.rect(item.rect), item.minSize, item.bold, dpi))
            out << item.binding;
    }
    return out;
}

QImage FormRenderer::renderImage(const FormPage& page, double dpi)
{
    const QSizeF mm = page.form.pageSize();
    QImage image(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter painter(&image);
    paint(painter, page, QRectF(QPointF(0, 0), QSizeF(image.size())), dpi);
    return image;
}

Result<bool, QString> FormRenderer::renderPdf(const QList<FormPage>& pages, QIODevice* device)
{
    if (pages.isEmpty())
        return tr("nothing to render");
    QPdfWriter writer(device);
    constexpr int kDpi = 300;
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("madoguchi"));
    writer.setTitle(QStringLiteral("madoguchi"));  // neutral: never a customer's name
    QPainter painter;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        writer.setPageSize(QPageSize(pages[i].form.pageSize(), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (i == 0) {
            if (!painter.begin(&writer))
                return tr("the PDF could not be started");
        } else {
            writer.newPage();
        }
        const QSizeF mm = pages[i].form.pageSize();
        paint(painter, pages[i], QRectF(0, 0, mm.width() / 25.4 * kDpi, mm.height() / 25.4 * kDpi), kDpi);
    }
    painter.end();
    return true;
}

} // namespace madoguchi
