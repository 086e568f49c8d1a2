#include "core/cards/licence/LicenceChanges.h"
#include "core/cards/licence/LicenceEntries.h"
#include "core/cards/licence/LicenceFreeFiles.h"
#include "core/cards/licence/LicenceGaiji.h"
#include "core/cards/licence/LicencePhoto.h"
#include "core/cards/licence/LicenceSignature.h"
#include "core/apdu/CardFileTlv.h"

#include <QTest>

using namespace madoguchi;

class TestLicenceFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tag_1f_is_one_byte();
    void tlv_errors_name_the_offset_data();
    void tlv_errors_name_the_offset();
    void common_data();
    void pin_setting();
    void entries_minimal_and_refused();
    void gaiji_layouts();
    void change_history();
    void signature_and_photo_refused();
};

void TestLicenceFiles::tag_1f_is_one_byte()
{
    // Condition 4 (1F) then the commission (20): BER would read 1F 02 as a two-byte tag.
    const QByteArray data = QByteArray::fromHex("1F02 3B33 2002 4544 0000");
    auto items = CardFileTlv::readAll(data).value();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].tag, quint16(0x1F));
    QCOMPARE(items[1].tag, quint16(0x20));
    // 5F40 is the two-byte exception, with 82 lengths.
    items = CardFileTlv::readAll(QByteArray::fromHex("5F40820003 FF4FFF")).value();
    QCOMPARE(items[0].tag, quint16(0x5F40));
    QCOMPARE(items[0].value.size(), 3);
}

void TestLicenceFiles::tlv_errors_name_the_offset_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("value past the end") << QByteArray::fromHex("1205 3B33");
    QTest::newRow("length cut short") << QByteArray::fromHex("1282 01");
    QTest::newRow("length form 83") << QByteArray::fromHex("1283 000001 00");
    QTest::newRow("tag without length") << QByteArray::fromHex("1202 3B33 12");
    QTest::newRow("5F without second byte") << QByteArray::fromHex("5F");
}

void TestLicenceFiles::tlv_errors_name_the_offset()
{
    QFETCH(QByteArray, data);
    auto items = CardFileTlv::readAll(data);
    QVERIFY(!items);
    QVERIFY(items.error().contains(QLatin1String("offset")));
}

void TestLicenceFiles::common_data()
{
    // §A2: 45 0B "008" 20240310 20290317, 46 02 01 01.
    const auto common = LicenceFreeFiles::parseCommon(QByteArray::fromHex("450B 303038 20240310 20290317 4602 0101")).value();
    QCOMPARE(common.specVersion, QByteArray("008"));
    QCOMPARE(common.issueDate, QDate(2024, 3, 10));
    QCOMPARE(common.expiryDate, QDate(2029, 3, 17));
    QVERIFY(!LicenceFreeFiles::parseCommon(QByteArray::fromHex("450B 303038 2024031A 20290317")));
    QVERIFY(!LicenceFreeFiles::parseCommon(QByteArray::fromHex("450A 303038 20240310 202903")));
    QVERIFY(!LicenceFreeFiles::bcdDate(QByteArray::fromHex("20241301")));
}

void TestLicenceFiles::pin_setting()
{
    QCOMPARE(LicenceFreeFiles::parsePinSetting(QByteArray::fromHex("050101")).value(), true);
    QCOMPARE(LicenceFreeFiles::parsePinSetting(QByteArray::fromHex("050100")).value(), false);
    // Anything else is not read as "no PIN": the default PIN is never tried on a guess (§A3).
    QVERIFY(!LicenceFreeFiles::parsePinSetting(QByteArray::fromHex("060100")));
    QVERIFY(!LicenceFreeFiles::parsePinSetting(QByteArray::fromHex("050102")));
    QVERIFY(!LicenceFreeFiles::parsePinSetting(QByteArray::fromHex("0501")));
}

void TestLicenceFiles::entries_minimal_and_refused()
{
    // Name, a 欠字 in it, birth date 昭和55年2月17日, an absent alias, a category with zeros.
    const QByteArray ok = QByteArray::fromHex("1204 3B33FFFA 1400 1607 33353530323137 2607 30303030303030 2B07 34313030353230 000000");
    const auto entries = LicenceEntries::parse(ok).value();
    QCOMPARE(entries.text.value(QStringLiteral("name")).text, QStringLiteral("山■"));
    QCOMPARE(entries.text.value(QStringLiteral("name")).missing, 1);
    QVERIFY(!entries.text.contains(QStringLiteral("alias")));
    QCOMPARE(entries.birthDate, QDate(1980, 2, 17));
    QCOMPARE(entries.categories.size(), 1);
    QCOMPARE(LicenceEntries::categoryLabel(entries.categories[0].tag), QStringLiteral("原付"));
    QCOMPARE(entries.categories[0].since, QDate(1998, 5, 20));
    // A malformed date, a bad licence number, no name: refused with a reason.
    QVERIFY(!LicenceEntries::parse(QByteArray::fromHex("1202 3B33 1607 36353530323137")));
    QVERIFY(!LicenceEntries::parse(QByteArray::fromHex("1202 3B33 2103 313233")));
    QVERIFY(!LicenceEntries::parse(QByteArray::fromHex("1607 33353530323137")));
}

void TestLicenceFiles::gaiji_layouts()
{
    // 129 bytes (文字構成 + 32×32), 128 (bitmap only), 72 (24×24): all pictures; 100: none.
    QByteArray bitmap(128, '\0');
    bitmap[0] = char(0x80);  // top-left dot
    QImage glyph = LicenceGaiji::glyph(QByteArray(1, 0x01) + bitmap);
    QCOMPARE(glyph.size(), QSize(32, 32));
    QCOMPARE(glyph.pixelIndex(0, 0), 1);
    QCOMPARE(glyph.pixelIndex(1, 0), 0);
    QCOMPARE(LicenceGaiji::glyph(bitmap).size(), QSize(32, 32));
    QCOMPARE(LicenceGaiji::glyph(QByteArray(72, '\0')).size(), QSize(24, 24));
    QVERIFY(LicenceGaiji::glyph(QByteArray(100, '\0')).isNull());
    // EF05 glyphs are 外字3… in file order, after the 50 flag.
    const QByteArray ef03 = QByteArray::fromHex("488181") + QByteArray(1, 1) + bitmap;
    const QByteArray ef05 = QByteArray::fromHex("500101") + QByteArray::fromHex("4A8180") + bitmap + QByteArray::fromHex("4B8180") + bitmap;
    const auto glyphs = LicenceGaiji::parse(ef03, ef05);
    QCOMPARE(glyphs.keys(), (QList<int>{1, 3, 4}));
    QVERIFY(LicenceGaiji::parse(QByteArray::fromHex("48FF"), {}).isEmpty());  // hostile: no crash, no glyph
}

void TestLicenceFiles::change_history()
{
    QCOMPARE(LicenceChanges::parse(QByteArray::fromHex("500100 0000")).value().size(), 0);
    // 51 (new address): 01 date 令和7年4月1日, 02 value, 03 commission.
    const QByteArray one = QByteArray::fromHex("500101 5113 0107 35303730343031 0202 3B33 0304 45444544");
    const auto changes = LicenceChanges::parse(one).value();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].kind, LicenceChanges::Kind::Address);
    QCOMPARE(changes[0].date, QDate(2025, 4, 1));
    QCOMPARE(changes[0].value.text, QStringLiteral("山"));
    QCOMPARE(changes[0].commission.text, QStringLiteral("田田"));
    QVERIFY(!LicenceChanges::parse(QByteArray::fromHex("5101 01")));  // no flag
    QVERIFY(!LicenceChanges::parse(QByteArray::fromHex("500101 6002 0000")));  // unknown record tag
    QVERIFY(!LicenceChanges::parse(QByteArray::fromHex("500101 5104 0202 3B33")));  // no date
}

void TestLicenceFiles::signature_and_photo_refused()
{
    QVERIFY(!LicenceSignature::parse(QByteArray::fromHex("B10401020304")));
    QVERIFY(!LicenceSignature::parse(QByteArray::fromHex("B1820100")));
    QVERIFY(!LicencePhoto::parse(QByteArray::fromHex("5F400400000000")));
    QVERIFY(!LicencePhoto::parse(QByteArray::fromHex("41020000")));
    // A codestream followed by filler comes back up to its end marker.
    const QByteArray photo = LicencePhoto::parse(QByteArray::fromHex("5F4008 FF4FFF51 FFD9 0000")).value();
    QCOMPARE(photo, QByteArray::fromHex("FF4FFF51FFD9"));
}

QTEST_GUILESS_MAIN(TestLicenceFiles)
#include "tst_LicenceFiles.moc"
