// The SIZ marker read before OpenJPEG: image and tile grid of bare codestreams and JP2 files, and
// the fuzzing findings it guards against (a 284-byte codestream declaring 50 518 tiles, for which
// OpenJPEG allocated half a gigabyte while reading the header; a 102-byte one declaring 52 225
// quality layers, 200 MB and a second).

#include "core/image/Jpeg2000.h"
#include "core/image/Jpeg2000Siz.h"

#include <QImage>
#include <QTest>
#include <QtEndian>

using namespace madoguchi;

namespace {

// SOC, then SIZ with Lsiz 41, Rsiz 0 and the eight sizes of ISO/IEC 15444-1 A.5.1, one 8-bit component.
QByteArray codestream(quint32 xsiz, quint32 ysiz, quint32 xtsiz, quint32 ytsiz, quint32 xosiz = 0, quint32 yosiz = 0)
{
    QByteArray out = QByteArray::fromHex("FF4FFF5100290000");
    for (quint32 value : {xsiz, ysiz, xosiz, yosiz, xtsiz, ytsiz, 0u, 0u}) {
        char be[4];
        qToBigEndian(value, be);
        out.append(be, 4);
    }
    return out + QByteArray::fromHex("0001070101");
}

// A COD marker segment (A.6.1): Lcod 12, Scod 0, LRCP, `layers`, no colour transform, 5 levels,
// 64 × 64 code-blocks, 9/7 wavelet.
QByteArray cod(quint16 layers)
{
    char be[2];
    qToBigEndian(layers, be);
    return QByteArray::fromHex("FF52000C0000") + QByteArray(be, 2) + QByteArray::fromHex("000504040000");
}

QImage grey(int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(128);
    return image;
}

} // namespace

class TestJpeg2000Siz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encoded_images_data();
    void encoded_images();
    void tile_grid();
    void damaged_siz_data();
    void damaged_siz();
    void finding_many_tiles_is_refused_before_openjpeg();
    void too_many_pixels_is_refused();
    void finding_many_layers_is_refused_before_openjpeg();
};

void TestJpeg2000Siz::encoded_images_data()
{
    QTest::addColumn<int>("container");
    QTest::newRow("JP2") << int(Jpeg2000::Container::Jp2);
    QTest::newRow("codestream") << int(Jpeg2000::Container::Codestream);
}

void TestJpeg2000Siz::encoded_images()
{
    QFETCH(int, container);
    const QByteArray data = Jpeg2000::encode(grey(48, 64), 1.0, Jpeg2000::Container(container));
    const auto grid = Jpeg2000Siz::read(data);
    QVERIFY2(grid.ok(), qPrintable(grid.ok() ? QString() : grid.error()));
    QCOMPARE(grid->width, 48);
    QCOMPARE(grid->height, 64);
    QCOMPARE(grid->tiles, 1);
    QCOMPARE(grid->components, 1);
    QCOMPARE(grid->layers, 1);
    QVERIFY(Jpeg2000::decode(data).ok());
}

void TestJpeg2000Siz::tile_grid()
{
    // B.3: 100 × 50 in tiles of 32 × 32 → 4 × 2; an image offset shifts the grid's end, not its start.
    QCOMPARE(Jpeg2000Siz::read(codestream(100, 50, 32, 32))->tiles, 8);
    const auto offset = Jpeg2000Siz::read(codestream(100, 50, 32, 32, 10, 10));
    QCOMPARE(offset->width, 90);
    QCOMPARE(offset->height, 40);
    QCOMPARE(offset->tiles, 8);
}

void TestJpeg2000Siz::damaged_siz_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("no SIZ after SOC") << QByteArray::fromHex("FF4FFF5200290000");
    QTest::newRow("cut short") << codestream(64, 64, 64, 64).left(30);
    QTest::newRow("empty tiles") << codestream(64, 64, 0, 64);
    QTest::newRow("no pixels") << codestream(64, 64, 64, 64, 64, 0);
    QTest::newRow("JP2 box past the end") << QByteArray::fromHex("0000000C6A5020200D0A870A000100006A703263");
    QTest::newRow("JP2 without jp2c") << QByteArray::fromHex("0000000C6A5020200D0A870A");
}

void TestJpeg2000Siz::damaged_siz()
{
    QFETCH(QByteArray, data);
    QVERIFY(!Jpeg2000Siz::read(data).ok());
}

void TestJpeg2000Siz::finding_many_tiles_is_refused_before_openjpeg()
{
    // The finding's SIZ: 2 424 832 × 64 in tiles of 48 × 64 — more pixels than allowed, which used
    // to be checked only once OpenJPEG had read (and allocated for) the header.
    const QByteArray finding = codestream(2424832, 64, 48, 64);
    QCOMPARE(Jpeg2000Siz::read(finding)->tiles, 50518);
    QVERIFY(!Jpeg2000::info(finding).ok());
    // The same trick within the pixel limit: 4096 × 4096 in tiles of 16 × 16.
    const auto info = Jpeg2000::info(codestream(4096, 4096, 16, 16));
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(QLatin1String("65536 tiles")), qPrintable(info.error()));
}

void TestJpeg2000Siz::too_many_pixels_is_refused()
{
    QVERIFY(!Jpeg2000::info(codestream(4097, 4097, 4097, 4097)).ok());
    // Sizes whose product overflows 64 bits are refused as well.
    QVERIFY(!Jpeg2000::info(codestream(0xFFFFFFFF, 0xFFFFFFFF, 1, 1)).ok());
}

void TestJpeg2000Siz::finding_many_layers_is_refused_before_openjpeg()
{
    // The finding's header: 48 × 1088 in 17 tiles — within bounds — but 52 225 quality layers.
    const auto grid = Jpeg2000Siz::read(codestream(48, 1088, 48, 64) + cod(52225));
    QCOMPARE(grid->tiles, 17);
    QCOMPARE(grid->layers, 52225);
    const auto info = Jpeg2000::info(codestream(48, 1088, 48, 64) + cod(52225));
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(QLatin1String("52225 quality layers")), qPrintable(info.error()));
    // Markers before COD are stepped over; the main header ends at the first tile part.
    const QByteArray comment = QByteArray::fromHex("FF6400060001414B");
    QCOMPARE(Jpeg2000Siz::read(codestream(64, 64, 64, 64) + comment + cod(3))->layers, 3);
    QCOMPARE(Jpeg2000Siz::read(codestream(64, 64, 64, 64) + QByteArray::fromHex("FF90000A0000000000000001") + cod(3))->layers, 0);
}

QTEST_GUILESS_MAIN(TestJpeg2000Siz)
#include "tst_Jpeg2000Siz.moc"
