#include "core/reader/Atr.h"

#include <QTest>

using namespace madoguchi;

class TestAtr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void my_number_contact_atrs_data();
    void my_number_contact_atrs();
    void contactless_atr_has_no_capabilities();
    void rejects_garbage();
};

void TestAtr::my_number_contact_atrs_data()
{
    QTest::addColumn<QByteArray>("atr");
    QTest::addColumn<int>("historicalCount");
    QTest::addColumn<int>("extended");  // -1 unknown, 0 no, 1 yes
    // mynumber.md §0.
    QTest::newRow("no historical bytes") << QByteArray::fromHex("3BE000FF8131FE4514") << 0 << -1;
    QTest::newRow("capabilities C0") << QByteArray::fromHex("3BDA13FF8131FB468012392F31C173C601C03B") << 10 << 1;
    QTest::newRow("capabilities 00") << QByteArray::fromHex("3BC5FF8131FB458073C6010000") << 5 << 0;
}

void TestAtr::my_number_contact_atrs()
{
    QFETCH(QByteArray, atr);
    QFETCH(int, historicalCount);
    QFETCH(int, extended);
    const auto parsed = Atr::parse(atr);
    QVERIFY(parsed);
    QCOMPARE(parsed->historicalBytes().size(), historicalCount);
    const auto support = parsed->extendedLengthSupported();
    QCOMPARE(support.has_value() ? int(*support) : -1, extended);
}

void TestAtr::contactless_atr_has_no_capabilities()
{
    // mynumber.md §0: PC/SC part 3 ATR synthesised from the ATQB.
    const auto parsed = Atr::parse(QByteArray::fromHex("3B888001000005E0B381A1007F"));
    QVERIFY(parsed);
    QCOMPARE(parsed->protocols(), (QList<int>{0, 1}));
    QCOMPARE(parsed->historicalBytes(), QByteArray::fromHex("000005E0B381A100"));
    QVERIFY(!parsed->extendedLengthSupported().has_value());
}

void TestAtr::rejects_garbage()
{
    QVERIFY(!Atr::parse(QByteArray()).has_value());
    QVERIFY(!Atr::parse(QByteArray::fromHex("3B")).has_value());
    QVERIFY(!Atr::parse(QByteArray::fromHex("12345678")).has_value());
    QVERIFY(!Atr::parse(QByteArray::fromHex("3BDA13FF8131")).has_value());  // interface bytes cut
    QVERIFY(!Atr::parse(QByteArray::fromHex("3B8F8001")).has_value());      // 15 historical bytes missing
}

QTEST_GUILESS_MAIN(TestAtr)
#include "tst_Atr.moc"
