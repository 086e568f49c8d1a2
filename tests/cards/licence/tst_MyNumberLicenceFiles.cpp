#include "core/cards/licence/MyNumberLicenceFiles.h"

#include <QTest>

using namespace madoguchi;

class TestMyNumberLicenceFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pin_setting();
    void information();
    void information_refused();
    void information_with_an_unreadable_rest();
};

void TestMyNumberLicenceFiles::pin_setting()
{
    // drivers-licence.md §A6: C1 01 01 set, C1 01 00 not set.
    QCOMPARE(MyNumberLicenceFiles::parsePinSetting(QByteArray::fromHex("C10101")).value(), true);
    QCOMPARE(MyNumberLicenceFiles::parsePinSetting(QByteArray::fromHex("C10100")).value(), false);
    // Not the conventional card's 05 tag, and nothing else either: the default PIN is never guessed.
    QVERIFY(!MyNumberLicenceFiles::parsePinSetting(QByteArray::fromHex("050100")));
    QVERIFY(!MyNumberLicenceFiles::parsePinSetting(QByteArray::fromHex("C10102")));
    QVERIFY(!MyNumberLicenceFiles::parsePinSetting(QByteArray::fromHex("C101")));
}

void TestMyNumberLicenceFiles::information()
{
    // §A6: C2, C3 (4 bytes), C5 with "5" + YYMMDD: 令和9年3月31日 = 2027-03-31; then two tags the
    // spec does not describe, and filler.
    const QByteArray file = QByteArray::fromHex("C200C300 C507 35303930333331 C60101 D0020000 000000");
    const auto info = MyNumberLicenceFiles::parseInformation(file).value();
    QCOMPARE(info.expiryDate, QDate(2027, 3, 31));
    QVERIFY(info.hasHistory);
    QCOMPARE(info.otherTags, QStringList({"C6", "D0"}));
    QVERIFY(info.unreadableRest.isEmpty());
}

void TestMyNumberLicenceFiles::information_refused()
{
    QVERIFY(!MyNumberLicenceFiles::parseInformation(QByteArray::fromHex("C200C300 000000")));              // no expiry
    QVERIFY(!MyNumberLicenceFiles::parseInformation(QByteArray::fromHex("C507 39303930333331")));           // era 9
    QVERIFY(!MyNumberLicenceFiles::parseInformation(QByteArray::fromHex("C507 35303930323330")));           // 2月30日
    QVERIFY(!MyNumberLicenceFiles::parseInformation(QByteArray::fromHex("C582FFFF 35")));                   // length past the end
    QVERIFY(!MyNumberLicenceFiles::parseInformation(QByteArray()));
}

void TestMyNumberLicenceFiles::information_with_an_unreadable_rest()
{
    // Tags beyond one byte are [U] (§A6): what comes after a good expiry may not parse; the expiry
    // still counts and the rest is reported.
    const auto info = MyNumberLicenceFiles::parseInformation(QByteArray::fromHex("C200C300 C507 35303930333331 C682FFFF 01")).value();
    QCOMPARE(info.expiryDate, QDate(2027, 3, 31));
    QVERIFY(!info.unreadableRest.isEmpty());
}

QTEST_GUILESS_MAIN(TestMyNumberLicenceFiles)
#include "tst_MyNumberLicenceFiles.moc"
