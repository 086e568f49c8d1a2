#include "app/madoguchi-verify/ScanReader.h"

#include "core/forms/QrCode.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace madoguchi {
namespace {

constexpr int kPdfDpi = 300;
constexpr int kPdftoppmMs = 60000;

} // namespace

Result<QByteArrayList, QString> ScanReader::qrCodes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: %2").arg(path, file.errorString());
    const bool pdf = file.peek(5) == "%PDF-";
    file.close();
    QStringList images;
    QTemporaryDir pages;
    if (pdf) {
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(kPdfDpi), QStringLiteral("-png"), path,
                                                   pages.filePath(QStringLiteral("page"))});
        if (!pdftoppm.waitForFinished(kPdftoppmMs) || pdftoppm.exitCode() != 0)
            //: madoguchi-verify needs poppler-utils' pdftoppm for PDF input.
            return tr("%1: the PDF could not be rasterised (pdftoppm from poppler-utils): %2")
                .arg(path, QString::fromLocal8Bit(pdftoppm.readAllStandardError()).trimmed());
        for (const QString& name : QDir(pages.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name))
            images << pages.filePath(name);
    } else {
        images << path;
    }
    QByteArrayList codes;
    for (const QString& image : std::as_const(images)) {
        const QImage picture(image);
        if (picture.isNull())
            return tr("%1: not an image or PDF madoguchi-verify can read").arg(path);
        if (auto code = QrCode::decode(picture))
            codes << *code;
    }
    return codes;
}

} // namespace madoguchi
