#include "core/apdu/ResponseApdu.h"
#include "core/apdu/StatusWord.h"

#include <QTest>

using namespace madoguchi;

class TestStatusWord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tries_left();
    void more_data_and_exact_length();
    void blocked_and_data_carrying();
    void meanings_are_readable();
    void response_parsing();
};

void TestStatusWord::tries_left()
{
    QCOMPARE(StatusWord(0x63C3).triesLeft(), std::optional<int>(3));
    QCOMPARE(StatusWord(0x63C0).triesLeft(), std::optional<int>(0));
    QCOMPARE(StatusWord(0x63CA).triesLeft(), std::optional<int>(10));  // マイナ免許証: 10 tries (drivers-licence.md §A6)
    QCOMPARE(StatusWord(0x6300).triesLeft(), std::nullopt);             // no retry counter
    QCOMPARE(StatusWord(0x9000).triesLeft(), std::nullopt);
}

void TestStatusWord::more_data_and_exact_length()
{
    QCOMPARE(StatusWord(0x6110).bytesAvailable(), std::optional<int>(0x10));
    QCOMPARE(StatusWord(0x6100).bytesAvailable(), std::optional<int>(256));
    QCOMPARE(StatusWord(0x6C11).exactLength(), std::optional<int>(0x11));
    QCOMPARE(StatusWord(0x6C00).exactLength(), std::optional<int>(256));
    QCOMPARE(StatusWord(0x6700).exactLength(), std::nullopt);
    QCOMPARE(StatusWord(0x6B00).bytesAvailable(), std::nullopt);
}

void TestStatusWord::blocked_and_data_carrying()
{
    QVERIFY(StatusWord(0x6984).isBlocked());
    QVERIFY(StatusWord(0x6983).isBlocked());
    QVERIFY(!StatusWord(0x6982).isBlocked());
    QVERIFY(StatusWord(0x9000).carriesData());
    QVERIFY(StatusWord(0x6282).carriesData());
    QVERIFY(!StatusWord(0x6B00).carriesData());
    QCOMPARE(StatusWord(0x6A, 0x82), StatusWord(StatusWord::kFileNotFound));
}

void TestStatusWord::meanings_are_readable()
{
    QCOMPARE(StatusWord(0x6A82).toHex(), QStringLiteral("6A82"));
    QCOMPARE(StatusWord(0x63C2).meaning(), QStringLiteral("verification failed, 2 tries left"));
    QCOMPARE(StatusWord(0x6982).meaning(), QStringLiteral("security status not satisfied"));
    QCOMPARE(StatusWord(0x6B00).meaning(), QStringLiteral("wrong parameters (offset outside the file)"));
    QCOMPARE(StatusWord(0x6ABC).meaning(), QStringLiteral("status 6ABC"));
}

void TestStatusWord::response_parsing()
{
    const auto ok = ResponseApdu::parse(QByteArray::fromHex("C10131" "9000"));
    QVERIFY(ok.ok());
    QCOMPARE(ok->data(), QByteArray::fromHex("C10131"));
    QVERIFY(ok->isSuccess());
    QCOMPARE(ok->encode(), QByteArray::fromHex("C101319000"));
    const auto swOnly = ResponseApdu::parse(QByteArray::fromHex("6982"));
    QVERIFY(swOnly.ok());
    QVERIFY(swOnly->data().isEmpty());
    QCOMPARE(swOnly->sw().value(), quint16(0x6982));
    QVERIFY(!ResponseApdu::parse(QByteArray::fromHex("90")).ok());
    QVERIFY(!ResponseApdu::parse(QByteArray()).ok());
}

QTEST_GUILESS_MAIN(TestStatusWord)
#include "tst_StatusWord.moc"
