#include "core/audit/Base45.h"

#include <QTest>

using namespace madoguchi;

// RFC 9285 §4.3 and §4.4 examples, both ways, and what decoding must refuse.
class TestBase45 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc_examples_data();
    void rfc_examples();
    void every_byte_value_round_trips();
    void refuses_what_is_not_base45_data();
    void refuses_what_is_not_base45();
};

void TestBase45::rfc_examples_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("AB") << QByteArray("AB") << QByteArray("BB8");
    QTest::newRow("Hello!!") << QByteArray("Hello!!") << QByteArray("%69 VD92EX0");
    QTest::newRow("base-45") << QByteArray("base-45") << QByteArray("UJCLQE7W581");
    QTest::newRow("ietf!") << QByteArray("ietf!") << QByteArray("QED8WEX0");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestBase45::rfc_examples()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(Base45::encode(bytes), text);
    QCOMPARE(Base45::decode(text).value_or(QByteArray("?")), bytes);
}

void TestBase45::every_byte_value_round_trips()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i)).append(char(255 - i));
    all.append('\xFF');  // an odd length: a final single byte
    QCOMPARE(Base45::decode(Base45::encode(all)).value_or(QByteArray()), all);
}

void TestBase45::refuses_what_is_not_base45_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("3n + 1 characters") << QByteArray("BB8B");
    QTest::newRow("lower case") << QByteArray("bb8");
    QTest::newRow("above 65535") << QByteArray(":::");   // 44 + 44·45 + 44·45² = 91124
    QTest::newRow("final pair above 255") << QByteArray("BB8::");
}

void TestBase45::refuses_what_is_not_base45()
{
    QFETCH(QByteArray, text);
    QVERIFY(!Base45::decode(text));
}

QTEST_GUILESS_MAIN(TestBase45)
#include "tst_Base45.moc"
