#include "core/reader/SimBackend.h"
#include "tests/support/ScriptedResponder.h"

#include <QTest>

using namespace madoguchi;

class TestCardChannel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CardChannel> connect(std::shared_ptr<ScriptedResponder> card);
    SimBackend m_backend;

private Q_SLOTS:
    void get_response_chain();
    void resend_on_wrong_le();
    void a_card_that_never_stops_61xx_is_an_error();
    void counts_every_exchange();
    void short_only_channel_refuses_extended_commands();
    void extended_length_from_atr();
};

std::unique_ptr<CardChannel> TestCardChannel::connect(std::shared_ptr<ScriptedResponder> card)
{
    m_backend.insertCard(QStringLiteral("r"), std::move(card));
    auto channel = m_backend.connectCard(QStringLiteral("r"));
    return channel.ok() ? std::move(channel).value() : nullptr;
}

void TestCardChannel::get_response_chain()
{
    auto card = std::make_shared<ScriptedResponder>();
    // T=0 style: the answer comes in pieces behind 61xx (ISO/IEC 7816-4 §5.3.2).
    card->expect("802A00000300112200", "6110");
    card->expect("00C0000010", "000102030405060708090A0B0C0D0E0F6102");
    card->expect("00C0000002", "AABB9000");
    auto channel = connect(card);
    QVERIFY(channel);
    const auto response = channel->transmit(CommandApdu(0x80, 0x2A, 0x00, 0x00, QByteArray::fromHex("001122"), 256));
    QVERIFY(response.ok());
    QCOMPARE(response->sw().value(), quint16(0x9000));
    QCOMPARE(response->data(), QByteArray::fromHex("000102030405060708090A0B0C0D0E0FAABB"));
    QVERIFY(card->allConsumed());
}

void TestCardChannel::resend_on_wrong_le()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("00B0000000", "6C11");
    card->expect("00B0000011", "FF100C3132333435363738393031329000");
    auto channel = connect(card);
    const auto response = channel->transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 256));
    QVERIFY(response.ok());
    QCOMPARE(response->data().size(), 15);
    QVERIFY(card->allConsumed());
}

void TestCardChannel::a_card_that_never_stops_61xx_is_an_error()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("", "6101");
    for (int i = 0; i < 400; ++i)
        card->expect("", "AA6101");
    auto channel = connect(card);
    const auto response = channel->transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 1));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), ReaderError::Kind::Malformed);
}

void TestCardChannel::counts_every_exchange()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("00A4040C07A0000002471001", "9000");
    card->expect("00B0000004", "6102");
    card->expect("00C0000002", "01029000");
    auto channel = connect(card);
    QVERIFY(channel->transmit(CommandApdu(0x00, 0xA4, 0x04, 0x0C, QByteArray::fromHex("A0000002471001"))).ok());
    QVERIFY(channel->transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4)).ok());
    QCOMPARE(channel->stats().apdus(), 3);
    QCOMPARE(channel->stats().bytesSent(), 12 + 5 + 5);
    QCOMPARE(channel->stats().bytesReceived(), 2 + 2 + 4);
    QCOMPARE(channel->stats().exchanges().first().sent, 12);
}

void TestCardChannel::short_only_channel_refuses_extended_commands()
{
    auto card = std::make_shared<ScriptedResponder>();
    auto channel = connect(card);
    channel->setExtendedLength(CardChannel::ExtendedLength::Unsupported);
    QCOMPARE(channel->maxLe(), 255);  // reads ask for Le FF, never 00 (mynumber.md §10.5)
    const auto response = channel->transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 1000));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), ReaderError::Kind::Unsupported);
    QVERIFY(card->received().isEmpty());
    QVERIFY(!channel->disableExtendedLength());
}

void TestCardChannel::extended_length_from_atr()
{
    // mynumber.md §0: 73 C6 01 C0 advertises extended Lc/Le; no historical bytes says nothing.
    auto advertised = std::make_shared<ScriptedResponder>(QByteArray::fromHex("3BDA13FF8131FB468012392F31C173C601C03B"));
    QCOMPARE(connect(advertised)->extendedLength(), CardChannel::ExtendedLength::Supported);
    auto silent = std::make_shared<ScriptedResponder>(QByteArray::fromHex("3BE000FF8131FE4514"));
    auto channel = connect(silent);
    QCOMPARE(channel->extendedLength(), CardChannel::ExtendedLength::Unknown);
    QCOMPARE(channel->maxLe(), 65536);
    QVERIFY(channel->disableExtendedLength());
    QCOMPARE(channel->maxLe(), 255);
}

QTEST_GUILESS_MAIN(TestCardChannel)
#include "tst_CardChannel.moc"
