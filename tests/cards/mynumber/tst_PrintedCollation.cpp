// The values of 照合番号B as printed on a card front, carried as bytes from the camera to the form and
// the command line: both calendars, the worked example of mynumber.md §4.3, and malformed bytes.

#include "core/cards/mynumber/PrintedCollation.h"

#include <QTest>

using namespace madoguchi;

class TestPrintedCollation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void japanese_era_round_trip_gives_the_worked_example();
    void gregorian_birth_year_for_foreign_residents();
    void malformed_bytes_give_nothing_data();
    void malformed_bytes_give_nothing();
};

void TestPrintedCollation::japanese_era_round_trip_gives_the_worked_example()
{
    // mynumber.md §4.3: 1980-02-17 (昭和55), expiry 2035, code 2285 → 55021720352285.
    PrintedCollation printed;
    printed.birthDate = QDate(1980, 2, 17);
    printed.expiryYear = 2035;
    printed.securityCode = QStringLiteral("2285");
    QCOMPARE(printed.toBytes().view(), QByteArrayView("J1980021720352285"));
    const auto back = PrintedCollation::fromBytes(printed.toBytes().view());
    QVERIFY(back);
    QCOMPARE(back->birthDate, printed.birthDate);
    QCOMPARE(back->collationB()->view(), QByteArrayView("55021720352285"));
}

void TestPrintedCollation::gregorian_birth_year_for_foreign_residents()
{
    const auto printed = PrintedCollation::fromBytes("G1996090320284071");
    QVERIFY(printed);
    QCOMPARE(printed->birthYear, CollationNumberB::BirthYear::Gregorian);
    QCOMPARE(printed->collationB()->view(), QByteArrayView("96090320284071"));
}

void TestPrintedCollation::malformed_bytes_give_nothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no calendar") << QByteArray("1980021720352285");
    QTest::newRow("not a date") << QByteArray("J1980023020352285");
    QTest::newRow("short code") << QByteArray("J198002172035228");
    QTest::newRow("letters") << QByteArray("J19800217203522A5");
}

void TestPrintedCollation::malformed_bytes_give_nothing()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!PrintedCollation::fromBytes(bytes));
}

QTEST_GUILESS_MAIN(TestPrintedCollation)
#include "tst_PrintedCollation.moc"
