#include "core/cards/mynumber/CollationNumberB.h"

#include <QTest>

using namespace madoguchi;
using Rule = CollationNumberB::BirthYear;

class TestCollationNumberB : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builds_data();
    void builds();
    void rejects_bad_parts();
    void validates_typed_digits_data();
    void validates_typed_digits();
};

void TestCollationNumberB::builds_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("expiryYear");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    // mynumber.md §4.3 worked example.
    QTest::newRow("spec example 昭和55") << QDate(1980, 2, 17) << int(Rule::JapaneseEra) << 2035 << "2285" << "55021720352285";
    // Era boundaries.
    QTest::newRow("1989-01-07 昭和64") << QDate(1989, 1, 7) << int(Rule::JapaneseEra) << 2031 << "1357" << "64010720311357";
    QTest::newRow("1989-01-08 平成元") << QDate(1989, 1, 8) << int(Rule::JapaneseEra) << 2033 << "8642" << "01010820338642";
    QTest::newRow("2019-04-30 平成31") << QDate(2019, 4, 30) << int(Rule::JapaneseEra) << 2029 << "0001" << "31043020290001";
    QTest::newRow("2019-05-01 令和元") << QDate(2019, 5, 1) << int(Rule::JapaneseEra) << 2029 << "5511" << "01050120295511";
    // Cards that print Gregorian dates (foreign residents) [U].
    QTest::newRow("Gregorian 1996") << QDate(1996, 9, 3) << int(Rule::Gregorian) << 2028 << "4071" << "96090320284071";
    QTest::newRow("Gregorian 2001") << QDate(2001, 12, 31) << int(Rule::Gregorian) << 2030 << "9999" << "01123120309999";
}

void TestCollationNumberB::builds()
{
    QFETCH(QDate, birth);
    QFETCH(int, rule);
    QFETCH(int, expiryYear);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const auto b = CollationNumberB::build(birth, Rule(rule), expiryYear, code);
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error()));
    QCOMPARE(b->view(), QByteArrayView(expected.toLatin1()));
}

void TestCollationNumberB::rejects_bad_parts()
{
    QVERIFY(!CollationNumberB::build(QDate(), Rule::JapaneseEra, 2030, QStringLiteral("1234")).ok());
    QVERIFY(!CollationNumberB::build(QDate(1980, 2, 17), Rule::JapaneseEra, 2030, QStringLiteral("123")).ok());
    QVERIFY(!CollationNumberB::build(QDate(1980, 2, 17), Rule::JapaneseEra, 2030, QStringLiteral("12a4")).ok());
    QVERIFY(!CollationNumberB::build(QDate(1980, 2, 17), Rule::JapaneseEra, 1999, QStringLiteral("1234")).ok());
    QVERIFY(!CollationNumberB::build(QDate(1860, 1, 1), Rule::JapaneseEra, 2030, QStringLiteral("1234")).ok());
}

void TestCollationNumberB::validates_typed_digits_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("spec example") << "55021720352285" << true;
    QTest::newRow("13 digits") << "5502172035228" << false;
    QTest::newRow("15 digits") << "550217203522851" << false;
    QTest::newRow("letters") << "5502172035228X" << false;
    QTest::newRow("month 13") << "55131720352285" << false;
    QTest::newRow("day 00") << "55020020352285" << false;
    QTest::newRow("YYYYMMDD mistake (JRS)") << "19800217203522" << false;
}

void TestCollationNumberB::validates_typed_digits()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(CollationNumberB::validate(digits).ok(), valid);
}

QTEST_GUILESS_MAIN(TestCollationNumberB)
#include "tst_CollationNumberB.moc"
