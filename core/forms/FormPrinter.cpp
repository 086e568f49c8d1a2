#include "core/forms/FormPrinter.h"

#include "core/forms/FormRenderer.h"

#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace madoguchi {

Result<bool, QString> FormPrinter::print(const QList<FormPage>& pages, const QString& printerName)
{
    if (pages.isEmpty())
        return tr("nothing to print");
    const QPrinterInfo info = printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printerName);
    if (info.isNull())
        return printerName.isEmpty() ? tr("no default printer is set up; ask IT to set one in CUPS")
                                     : tr("printer \"%1\" is not set up in CUPS").arg(printerName);
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(QLatin1String(kJobName));
    printer.setCreator(QLatin1String(kJobName));
    printer.setFullPage(true);
    printer.setColorMode(QPrinter::GrayScale);
    QPainter painter;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        printer.setPageSize(QPageSize(pages[i].form.pageSize(), QPageSize::Millimeter));
        if (i == 0) {
            if (!painter.begin(&printer))
                return tr("the printer \"%1\" could not be opened").arg(info.printerName());
        } else if (!printer.newPage()) {
            return tr("the printer \"%1\" refused a new page").arg(info.printerName());
        }
        const double dpi = printer.resolution();
        FormRenderer::paint(painter, pages[i], printer.paperRect(QPrinter::DevicePixel), dpi);
    }
    if (!painter.end())
        return tr("the print job could not be finished");
    return true;
}

} // namespace madoguchi
