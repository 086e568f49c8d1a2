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
}

void TestWarekiDate::before_meiji()
{
    QVERIFY(!WarekiDate::fromGregorian(QDate(1868, 1, 24)));
    QVERIFY(!WarekiDate::fromGregorian(QDate()));
}

QTEST_GUILESS_MAIN(TestWarekiDate)
#include "tst_WarekiDate.moc"
