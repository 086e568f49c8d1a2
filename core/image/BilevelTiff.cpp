#include "core/image/BilevelTiff.h"

#include <tiffio.h>

#include <cstring>
#include <mutex>

namespace madoguchi {
namespace {

// libtiff reads and writes through these callbacks: a QByteArray stands in for the file.
struct MemoryFile
{
    QByteArray bytes;
    qint64 position = 0;
};

tmsize_t readProc(thandle_t handle, void* buffer, tmsize_t size)
{
    auto* file = static_cast<MemoryFile*>(handle);
    const tmsize_t available = std::max<tmsize_t>(0, std::min<tmsize_t>(size, file->bytes.size() - file->position));
    std::memcpy(buffer, file->bytes.constData() + file->position, size_t(available));
    file->position += available;
    return available;
}

tmsize_t writeProc(thandle_t handle, void* buffer, tmsize_t size)
{
    auto* file = static_cast<MemoryFile*>(handle);
    if (file->position + size > file->bytes.size())
        file->bytes.resize(file->position + size);
    std::memcpy(file->bytes.data() + file->position, buffer, size_t(size));
    file->position += size;
    return size;
}

toff_t seekProc(thandle_t handle, toff_t offset, int whence)
{
    auto* file = static_cast<MemoryFile*>(handle);
    qint64 base = 0;
    if (whence == SEEK_CUR)
        base = file->position;
    else if (whence == SEEK_END)
        base = file->bytes.size();
    const qint64 target = base + qint64(offset);
    if (target < 0)
        return toff_t(-1);
    file->position = target;
    return toff_t(target);
}

int closeProc(thandle_t) { return 0; }
toff_t sizeProc(thandle_t handle) { return toff_t(static_cast<MemoryFile*>(handle)->bytes.size()); }
int mapProc(thandle_t, void**, toff_t*) { return 0; }
void unmapProc(thandle_t, void*, toff_t) {}

// A card's image is data, not a program error: libtiff must not print it or abort the read.
void quietHandlers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TIFFSetErrorHandler(nullptr);
        TIFFSetWarningHandler(nullptr);
    });
}

using TiffPtr = std::unique_ptr<TIFF, decltype(&TIFFClose)>;

TiffPtr open(MemoryFile& file, const char* mode)
{
    quietHandlers();
    return TiffPtr(TIFFClientOpen("image", mode, &file, readProc, writeProc, seekProc, closeProc, sizeProc, mapProc, unmapProc),
                   &TIFFClose);
}

} // namespace

bool BilevelTiff::sniff(QByteArrayView data)
{
    return data.startsWith(QByteArrayView("II*\0", 4)) || data.startsWith(QByteArrayView("MM\0*", 4));
}

Result<QImage, QString> BilevelTiff::decode(QByteArrayView data)
{
    if (!sniff(data))
        return QStringLiteral("not a TIFF image");
    MemoryFile file{data.toByteArray(), 0};
    TiffPtr tiff = open(file, "rm");
    if (!tiff)
        return QStringLiteral("the TIFF header is not readable");
    uint32_t width = 0, height = 0;
    uint16_t bitsPerSample = 1, samplesPerPixel = 1, photometric = PHOTOMETRIC_MINISWHITE;
    TIFFGetField(tiff.get(), TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(tiff.get(), TIFFTAG_IMAGELENGTH, &height);
    TIFFGetFieldDefaulted(tiff.get(), TIFFTAG_BITSPERSAMPLE, &bitsPerSample);
    TIFFGetFieldDefaulted(tiff.get(), TIFFTAG_SAMPLESPERPIXEL, &samplesPerPixel);
    TIFFGetFieldDefaulted(tiff.get(), TIFFTAG_PHOTOMETRIC, &photometric);
    if (width == 0 || height == 0 || qint64(width) * height > kMaxPixels)
        return QStringLiteral("the TIFF image is %1 × %2 pixels").arg(width).arg(height);
    if (bitsPerSample != 1 || samplesPerPixel != 1)
        return QStringLiteral("the TIFF image is not black and white (%1 bits, %2 samples)").arg(bitsPerSample).arg(samplesPerPixel);
    QImage image(int(width), int(height), QImage::Format_Mono);
    if (image.isNull())
        return QStringLiteral("no memory for the TIFF image");
    // Index 1 is black whatever the file's photometric interpretation: invert rows where 0 is black.
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    const bool zeroIsBlack = photometric == PHOTOMETRIC_MINISBLACK;
    const qsizetype rowBytes = (qsizetype(width) + 7) / 8;
    if (TIFFScanlineSize(tiff.get()) != rowBytes)
        return QStringLiteral("the TIFF rows are not what the size says");
    for (uint32_t y = 0; y < height; ++y) {
        uchar* row = image.scanLine(int(y));
        if (TIFFReadScanline(tiff.get(), row, y, 0) < 0)
            return QStringLiteral("the TIFF image data stops at row %1 of %2").arg(y).arg(height);
        if (zeroIsBlack)
            for (qsizetype i = 0; i < rowBytes; ++i)
                row[i] = uchar(~row[i]);
    }
    return image;
}

QByteArray BilevelTiff::encode(const QImage& source)
{
    // Threshold to 1 bit; index 1 must be black, as MINISWHITE stores it.
    QImage mono = source.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    if (qGray(mono.color(1)) > qGray(mono.color(0))) {
        mono.invertPixels();
        mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    }
    MemoryFile file;
    {
        TiffPtr tiff = open(file, "w");
        if (!tiff)
            return {};
        TIFFSetField(tiff.get(), TIFFTAG_IMAGEWIDTH, uint32_t(mono.width()));
        TIFFSetField(tiff.get(), TIFFTAG_IMAGELENGTH, uint32_t(mono.height()));
        TIFFSetField(tiff.get(), TIFFTAG_BITSPERSAMPLE, uint16_t(1));
        TIFFSetField(tiff.get(), TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
        TIFFSetField(tiff.get(), TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
        TIFFSetField(tiff.get(), TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
        TIFFSetField(tiff.get(), TIFFTAG_FILLORDER, FILLORDER_MSB2LSB);
        TIFFSetField(tiff.get(), TIFFTAG_ROWSPERSTRIP, uint32_t(mono.height()));
        TIFFSetField(tiff.get(), TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        for (int y = 0; y < mono.height(); ++y)
            if (TIFFWriteScanline(tiff.get(), mono.scanLine(y), uint32_t(y), 0) < 0)
                return {};
    }
    return file.bytes;
}

} // namespace madoguchi
