#include "core/reader/PinPad.h"
#include "core/reader/SimBackend.h"
#include "tests/support/ScriptedResponder.h"

#include <QTest>

using namespace madoguchi;

class TestPinPad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_structure_bytes();
    void control_code_from_features();
    void simulated_reader_fills_the_pin();
    void channel_without_pad_refuses();
};

void TestPinPad::verify_structure_bytes()
{
    // PC/SC part 10 §2.5.2 PIN_VERIFY_STRUCTURE, fields little-endian (CCID §6.1.11).
    const QByteArray s = PinPad::verifyStructure(0x91, PinPad::Format{});
    QCOMPARE(s.toHex(), QByteArray("1e1e" "82" "04" "00" "0404" "02" "01" "1104" "00" "000000" "09000000"
                                   "0020009104ffffffff"));
}

void TestPinPad::control_code_from_features()
{
    // tag, length 4, big-endian ioctl: e.g. 06 04 42 33 00 06 (FEATURE_VERIFY_PIN_DIRECT), 12 04 42 33 00 12.
    const QByteArray features = QByteArray::fromHex("120442330012" "060442330006");
    QCOMPARE(PinPad::controlCode(features, PinPad::kFeatureVerifyPinDirect), std::optional<quint32>(0x42330006));
    QCOMPARE(PinPad::controlCode(features, 0x07), std::nullopt);
    QCOMPARE(PinPad::controlCode(QByteArray::fromHex("0603423300"), 0x06), std::nullopt);  // truncated
}

void TestPinPad::simulated_reader_fills_the_pin()
{
    const QByteArray s = PinPad::verifyStructure(0x91, PinPad::Format{});
    QCOMPARE(PinPad::completeVerify(s, "1234")->toHex(), QByteArray("002000910431323334"));
    QVERIFY(!PinPad::completeVerify(s.left(20), "1234"));
    QVERIFY(!PinPad::completeVerify(s, "12345"));

    auto card = std::make_shared<ScriptedResponder>();
    card->expect("002000910431323334", "9000");
    SimBackend backend;
    backend.insertCard("r", card);
    backend.setPinPad("r", "1234");
    auto channel = std::move(backend.connectCard("r")).value();
    QVERIFY(channel->hasPinPad());
    const auto response = channel->verifyOnPinPad(0x91, 4);
    QVERIFY(response.ok());
    QVERIFY(response->isSuccess());
    QCOMPARE(channel->stats().apdus(), 1);
}

void TestPinPad::channel_without_pad_refuses()
{
    SimBackend backend;
    backend.insertCard("r", std::make_shared<ScriptedResponder>());
    auto channel = std::move(backend.connectCard("r")).value();
    QVERIFY(!channel->hasPinPad());
    QCOMPARE(channel->verifyOnPinPad(0x91, 4).error().kind(), ReaderError::Kind::Unsupported);
}

QTEST_GUILESS_MAIN(TestPinPad)
#include "tst_PinPad.moc"
