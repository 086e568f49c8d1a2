#include "core/sim/VpcdBridge.h"
#include "core/sim/VpcdFraming.h"
#include "tests/support/ScriptedResponder.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace madoguchi;

class TestVpcdBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frames_encode_with_big_endian_length();
    void decoder_reassembles_split_and_joined_frames();
    void bridge_answers_vpcd();
    void bridge_reconnects_when_vpcd_returns();
};

void TestVpcdBridge::frames_encode_with_big_endian_length()
{
    QCOMPARE(VpcdFraming::frame(QByteArray::fromHex("04")), QByteArray::fromHex("000104"));
    QCOMPARE(VpcdFraming::frame(QByteArray(300, 'x')).left(2), QByteArray::fromHex("012C"));
    QCOMPARE(VpcdFraming::frame(QByteArray()), QByteArray::fromHex("0000"));
}

void TestVpcdBridge::decoder_reassembles_split_and_joined_frames()
{
    VpcdFraming decoder;
    decoder.feed(QByteArray::fromHex("00"));
    QVERIFY(!decoder.nextFrame());
    decoder.feed(QByteArray::fromHex("0101" "0005" "00A4"));
    QCOMPARE(*decoder.nextFrame(), QByteArray::fromHex("01"));
    QVERIFY(!decoder.nextFrame());
    decoder.feed(QByteArray::fromHex("040C00" "000104"));
    QCOMPARE(*decoder.nextFrame(), QByteArray::fromHex("00A4040C00"));
    QCOMPARE(*decoder.nextFrame(), QByteArray::fromHex("04"));
    QVERIFY(!decoder.nextFrame());
    QCOMPARE(decoder.buffered(), 0);
}

void TestVpcdBridge::bridge_answers_vpcd()
{
    // This test plays vpcd: the server side of the socket.
    QTcpServer vpcd;
    QVERIFY(vpcd.listen(QHostAddress::LocalHost));
    auto card = std::make_shared<ScriptedResponder>(QByteArray::fromHex("3BE000FF8131FE4514"));
    card->expect("00A4040C07A0000002471001", "9000");
    VpcdBridge bridge(card, QStringLiteral("127.0.0.1"), vpcd.serverPort());
    QSignalSpy ended(&bridge, &VpcdBridge::sessionEnded);
    bridge.start();
    QVERIFY(vpcd.waitForNewConnection(5000));
    QTcpSocket* peer = vpcd.nextPendingConnection();
    QTRY_VERIFY(bridge.isConnected());

    const auto ask = [peer](const QByteArray& payload) {
        peer->write(VpcdFraming::frame(payload));
        peer->flush();
    };
    VpcdFraming answers;
    const auto answer = [&]() -> QByteArray {
        // The bridge lives on this thread: let the event loop run while waiting.
        for (int i = 0; i < 250; ++i) {
            answers.feed(peer->readAll());
            if (auto frame = answers.nextFrame())
                return *frame;
            QTest::qWait(20);
        }
        return QByteArray("timeout");
    };
    ask(QByteArray::fromHex("01"));  // power on: no answer
    ask(QByteArray::fromHex("04"));  // get ATR
    QCOMPARE(answer(), QByteArray::fromHex("3BE000FF8131FE4514"));
    ask(QByteArray::fromHex("00A4040C07A0000002471001"));
    QCOMPARE(answer(), QByteArray::fromHex("9000"));
    ask(QByteArray::fromHex("00"));  // power off ends the card session
    QTRY_COMPARE(ended.count(), 1);
    const auto stats = ended.first().first().value<LinkStats>();
    QCOMPARE(stats.apdus(), 1);
    QCOMPARE(stats.bytesSent(), 12);
    QCOMPARE(stats.bytesReceived(), 2);
    bridge.stop();
}

void TestVpcdBridge::bridge_reconnects_when_vpcd_returns()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();  // nobody listens: as when pcscd is stopped

    VpcdBridge bridge(std::make_shared<ScriptedResponder>(), QStringLiteral("127.0.0.1"), port);
    QSignalSpy connected(&bridge, &VpcdBridge::connected);
    bridge.start();
    QTest::qWait(300);
    QCOMPARE(connected.count(), 0);

    QTcpServer vpcd;
    QVERIFY(vpcd.listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    QTRY_VERIFY(vpcd.hasPendingConnections());
    bridge.stop();
}

QTEST_GUILESS_MAIN(TestVpcdBridge)
#include "tst_VpcdBridge.moc"
