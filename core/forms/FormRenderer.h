#pragma once

#include "core/base/Result.h"
#include "core/forms/FormPage.h"

#include <QCoreApplication>
#include <QStringList>
#include <QImage>
#include <QList>
#include <QPainter>

namespace madoguchi {

// Paints forms onto any QPaintDevice — QPrinter (CUPS), QPdfWriter (PDF), QImage (preview, tests) —
// through one code path. Fields wrap and shrink to fit their box (down to the item's minSize);
// dates can be written in 和暦; an empty value leaves the field blank.
class FormRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FormRenderer)

public:
    // ISO/IEC 18004 §5.3.8: the quiet zone of four modules a QR item keeps inside its box.
    static constexpr int kQrQuietModules = 4;

    // Paints `page` into `target` (device pixels) of a device with `dpi` dots per inch.
    static void paint(QPainter& painter, const FormPage& page, const QRectF& target, double dpi);

    static QImage renderImage(const FormPage& page, double dpi);
    // The fields of `page` whose text does not fit their box even at the smallest size the
    // template allows (it would be cut off): empty when everything shows.
    static QStringList overflowing(const FormPage& page, double dpi = 300);
    // All pages, one PDF, fonts embedded; into `device` (a file or buffer opened for writing).
    static Result<bool, QString> renderPdf(const QList<FormPage>& pages, QIODevice* device);

    // The text a field shows for a value, after its format ("wareki-date" → 昭和55年2月17日).
    static QString formatted(const QString& format, const QString& value);
};

} // namespace madoguchi
