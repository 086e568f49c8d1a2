#include "core/image/BilevelTiff.h"

#include <QPainter>
#include <QTest>

using namespace madoguchi;

class TestBilevelTiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void g4_round_trip_keeps_every_pixel();
    void hostile_input_is_an_error();
};

void TestBilevelTiff::g4_round_trip_keeps_every_pixel()
{
    QImage source(203, 61, QImage::Format_Mono);
    source.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    source.fill(0);
    for (int y = 0; y < source.height(); ++y)
        for (int x = 0; x < source.width(); ++x)
            if ((x * 7 + y * 3) % 11 < 4 || (x > 50 && x < 90 && y > 10 && y < 40))
                source.setPixel(x, y, 1);
    const QByteArray tiff = BilevelTiff::encode(source);
    QVERIFY(BilevelTiff::sniff(tiff));
    // One strip, CCITT T.6 (compression tag 259 = 4): the format residence cards use.
    QVERIFY(tiff.contains(QByteArray::fromHex("0301030001000000040000")));
    const QImage decoded = BilevelTiff::decode(tiff).value();
    QCOMPARE(decoded.size(), source.size());
    for (int y = 0; y < source.height(); ++y)
        for (int x = 0; x < source.width(); ++x)
            QCOMPARE(decoded.pixelIndex(x, y), source.pixelIndex(x, y));
    qInfo("203 × 61 test pattern: %lld bytes as G4 TIFF", qint64(tiff.size()));
}

void TestBilevelTiff::hostile_input_is_an_error()
{
    QImage page(300, 100, QImage::Format_Mono);
    page.fill(0);
    const QByteArray tiff = BilevelTiff::encode(page);
    QVERIFY(!BilevelTiff::decode(QByteArray("GIF89a")));
    QVERIFY(!BilevelTiff::decode(tiff.left(6)));
    QVERIFY(!BilevelTiff::decode(QByteArray()));
    // Cut anywhere: an error or an image, never a crash.
    for (qsizetype n = 8; n < tiff.size(); n += 3)
        (void)BilevelTiff::decode(tiff.left(n));
    // A header that claims 16 777 216 × 100 pixels is refused before anything is allocated.
    QByteArray huge = tiff;
    qsizetype width = huge.indexOf(QByteArray::fromHex("00010300010000002C01"));  // ImageWidth, SHORT, 300
    if (width < 0)
        width = huge.indexOf(QByteArray::fromHex("00010400010000002C010000"));  // or LONG
    QVERIFY(width > 0);
    huge.replace(width, 12, QByteArray::fromHex("000104000100000000000001"));  // LONG 16 777 216
    QVERIFY(!BilevelTiff::decode(huge));
}

QTEST_MAIN(TestBilevelTiff)
#include "tst_BilevelTiff.moc"
