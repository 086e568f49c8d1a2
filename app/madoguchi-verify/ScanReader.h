#pragma once

#include "core/base/Result.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

namespace madoguchi {

// The QR codes on a scanned or photographed sheet: PNG, JPEG (anything Qt reads) or a PDF, whose
// pages poppler's pdftoppm rasterises at 300 dpi into a private temporary directory. One text per
// page that holds a QR code.
class ScanReader
{
    Q_DECLARE_TR_FUNCTIONS(ScanReader)

public:
    static Result<QByteArrayList, QString> qrCodes(const QString& path);
};

} // namespace madoguchi
