#include "core/image/Jpeg2000Siz.h"

#include "core/base/BigEndian.h"

#include <limits>

namespace madoguchi {
namespace {

// The contents of the top-level jp2c box (ISO/IEC 15444-1 I.4: LBox, TBox, XLBox when LBox is 1,
// to the end of the file when LBox is 0); the data itself when it is a bare codestream.
Result<QByteArrayView, QString> codestreamOf(QByteArrayView data)
{
    if (data.startsWith(QByteArrayView("\xFF\x4F", 2)))
        return data;
    qsizetype at = 0;
    while (data.size() - at >= 8) {
        quint64 length = BigEndian::value(data.sliced(at, 4));
        const QByteArrayView type = data.sliced(at + 4, 4);
        qsizetype header = 8;
        if (length == 1) {
            if (data.size() - at < 16)
                break;
            length = BigEndian::value(data.sliced(at + 8, 8));
            header = 16;
        } else if (length == 0) {
            length = quint64(data.size() - at);
        }
        if (length < quint64(header) || length > quint64(data.size() - at))
            return QStringLiteral("JP2 box of %1 bytes runs past the file").arg(length);
        if (type == QByteArrayView("jp2c"))
            return data.sliced(at + header, qsizetype(length) - header);
        at += qsizetype(length);
    }
    return QStringLiteral("JP2 file without a codestream box");
}

} // namespace

Result<Jpeg2000Siz::Grid, QString> Jpeg2000Siz::read(QByteArrayView data)
{
    auto codestream = codestreamOf(data);
    if (!codestream)
        return codestream.error();
    // SOC FF4F, SIZ FF51, Lsiz, Rsiz, then eight 32-bit sizes and Csiz (A.5.1).
    constexpr qsizetype kSizEnd = 2 + 2 + 2 + 2 + 8 * 4 + 2;
    const QByteArrayView c = *codestream;
    if (c.size() < kSizEnd || !c.startsWith(QByteArrayView("\xFF\x4F\xFF\x51", 4)))
        return QStringLiteral("JPEG 2000 codestream does not start with SOC and SIZ");
    const auto field = [&c](qsizetype index) { return BigEndian::value(c.sliced(8 + 4 * index, 4)); };
    const quint64 xsiz = field(0), ysiz = field(1), xosiz = field(2), yosiz = field(3);
    const quint64 xtsiz = field(4), ytsiz = field(5), xtosiz = field(6), ytosiz = field(7);
    const int csiz = int(BigEndian::value(c.sliced(kSizEnd - 2, 2)));
    // A.5.1's constraints: a grid that starts at or before the image, tiles that are not empty.
    if (xtsiz == 0 || ytsiz == 0 || xsiz <= xosiz || ysiz <= yosiz || xtosiz > xosiz || ytosiz > yosiz
        || xtosiz + xtsiz <= xosiz || ytosiz + ytsiz <= yosiz || csiz == 0)
        return QStringLiteral("JPEG 2000 SIZ describes no image");
    Grid grid;
    grid.width = qint64(xsiz - xosiz);
    grid.height = qint64(ysiz - yosiz);
    const quint64 across = (xsiz - xtosiz + xtsiz - 1) / xtsiz;  // each at most 2^32
    const quint64 down = (ysiz - ytosiz + ytsiz - 1) / ytsiz;
    grid.tiles = across > quint64(std::numeric_limits<qint64>::max()) / down ? std::numeric_limits<qint64>::max() : qint64(across * down);
    grid.components = csiz;
    // The main header's marker segments follow SIZ until the first tile part (SOT, FF90), each
    // FFxx and a length that counts itself (A.4). COD: Scod, then SGcod = progression order,
    // number of layers (16 bits), colour transform (A.6.1).
    for (qsizetype at = 4 + qsizetype(BigEndian::value(c.sliced(4, 2))); c.size() - at >= 4;) {
        const quint8 marker = quint8(c[at + 1]);
        if (quint8(c[at]) != 0xFF || marker == 0x90)
            break;
        const qsizetype length = qsizetype(BigEndian::value(c.sliced(at + 2, 2)));
        if (marker == 0x52 && length >= 12 && c.size() - at >= 8)
            grid.layers = int(BigEndian::value(c.sliced(at + 6, 2)));
        if (length < 2)
            break;
        at += 2 + length;
    }
    return grid;
}

} // namespace madoguchi
