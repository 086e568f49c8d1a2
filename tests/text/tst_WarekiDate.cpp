#include "core/text/WarekiDate.h"

#include <QTest>

using namespace madoguchi;

class TestWarekiDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversions_data();
    void conversions();
    void before_meiji();
    void era_digits_round_trip();
    void era_digits_refused_data();
    void era_digits_refused();
    void date_in_its_era();
};

void TestWarekiDate::conversions_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("yymmdd");
    QTest::newRow("spec example") << QDate(1980, 2, 17) << QStringLiteral("昭和55年2月17日") << QStringLiteral("550217");
    QTest::newRow("last day of Showa") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日") << QStringLiteral("640107");
    QTest::newRow("first day of Heisei") << QDate(1989, 1, 8) << QStringLiteral("平成1年1月8日") << QStringLiteral("010108");
    QTest::newRow("last day of Heisei") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日") << QStringLiteral("310430");
    QTest::newRow("first day of Reiwa") << QDate(2019, 5, 1) << QStringLiteral("令和1年5月1日") << QStringLiteral("010501");
    QTest::newRow("Taisho") << QDate(1920, 1, 1) << QStringLiteral("大正9年1月1日") << QStringLiteral("090101");
    QTest::newRow("Showa start") << QDate(1926, 12, 25) << QStringLiteral("昭和1年12月25日") << QStringLiteral("011225");
    QTest::newRow("Meiji") << QDate(1900, 3, 3) << QStringLiteral("明治33年3月3日") << QStringLiteral("330303");
}

void TestWarekiDate::conversions()
{
    QFETCH(QDate, date);
    QFETCH(QString, text);
    QFETCH(QString, yymmdd);
    const auto wareki = WarekiDate::fromGregorian(date);
    QVERIFY(wareki);
    QCOMPARE(wareki->toString(), text);
    QCOMPARE(wareki->toYYMMDD(), yymmdd);
    // The licence's D7 form carries the same date (drivers-licence.md §A4).
    const auto back = WarekiDate::fromEraDigits(wareki->toEraDigits());
    QVERIFY(back);
    QCOMPARE(back->date(), date);
}

void TestWarekiDate::before_meiji()
{
    QVERIFY(!WarekiDate::fromGregorian(QDate(1868, 1, 24)));
    QVERIFY(!WarekiDate::fromGregorian(QDate()));
}

void TestWarekiDate::era_digits_round_trip()
{
    // drivers-licence.md §A4: "5" + YYMMDD for 令和; 昭和55年2月17日 is "3550217".
    QCOMPARE(WarekiDate::fromEraDigits("3550217")->date(), QDate(1980, 2, 17));
    QCOMPARE(WarekiDate::fromEraDigits("5070401")->date(), QDate(2025, 4, 1));
    QCOMPARE(WarekiDate::fromGregorian(QDate(1980, 2, 17))->toEraDigits(), QByteArray("3550217"));
}

void TestWarekiDate::era_digits_refused_data()
{
    QTest::addColumn<QByteArray>("d7");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("all zeros (category not held)") << QByteArray("0000000");
    QTest::newRow("era 6") << QByteArray("6010101");
    QTest::newRow("year 0") << QByteArray("4000101");
    QTest::newRow("Heisei 31-05-01 is Reiwa") << QByteArray("4310501");
    QTest::newRow("Showa 64-01-08 is Heisei") << QByteArray("3640108");
    QTest::newRow("month 13") << QByteArray("4011301");
    QTest::newRow("not digits") << QByteArray("4AB0101");
    QTest::newRow("too long") << QByteArray("40101011");
}

void TestWarekiDate::era_digits_refused()
{
    QFETCH(QByteArray, d7);
    QVERIFY(!WarekiDate::fromEraDigits(d7));
}

void TestWarekiDate::date_in_its_era()
{
    // 平成元年1月8日 is the era's first day; the day before belongs to 昭和 (64年).
    QCOMPARE(WarekiDate::fromEra(WarekiDate::Era::Heisei, 1, 1, 8)->date(), QDate(1989, 1, 8));
    QVERIFY(!WarekiDate::fromEra(WarekiDate::Era::Heisei, 1, 1, 7));
    QCOMPARE(WarekiDate::fromEra(WarekiDate::Era::Showa, 64, 1, 7)->date(), QDate(1989, 1, 7));
    QVERIFY(!WarekiDate::fromEra(WarekiDate::Era::Showa, 0, 5, 1));
    QVERIFY(!WarekiDate::fromEra(WarekiDate::Era::Reiwa, 1, 2, 30));  // not a date
}

QTEST_GUILESS_MAIN(TestWarekiDate)
#include "tst_WarekiDate.moc"
