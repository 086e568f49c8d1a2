// AES secure messaging, BSI "Worked Example for EAC" v1.01 via OpenPACE eactest (passport.md §2),
// and the rules the worked examples do not show: DO85 for odd INS, extended Le, the session ending.

#include "core/cards/passport/SecureMessaging.h"
#include "tests/support/ScriptedReader.h"

#include <QTest>

using namespace madoguchi;

namespace {

const QByteArray kEnc = QByteArray::fromHex("68406B4162100563D9C901A6154D2901");
const QByteArray kMac = QByteArray::fromHex("73FF268784F72AF833FDC9464049AFC9");

QByteArray ssc(int value)
{
    QByteArray out(16, '\0');
    out[15] = char(value);
    return out;
}

} // namespace

class TestSecureMessaging : public QObject
{
    Q_OBJECT

private:
    ScriptedReader m_reader;

private Q_SLOTS:
    void aes_encryption_of_the_bsi_example();
    void aes_response_mac_of_the_bsi_example();
    void odd_ins_uses_do85_and_extended_le_uses_two_bytes();
    void wrong_mac_ends_the_session();
    void chunk_sizes();
};

void TestSecureMessaging::aes_encryption_of_the_bsi_example()
{
    auto card = std::make_shared<ScriptedResponder>();
    auto channel = m_reader.connect(card);
    // SSC 0 before the command: protect() increments it to 1, as the example's SSC = 1.
    SecureMessaging sm(*channel, BlockCipher::Algorithm::Aes, kEnc, kMac, ssc(0));
    const QByteArray plain = QByteArray::fromHex("830D") + QByteArray("DECVCAAT00001");
    const CommandApdu command = sm.protect(CommandApdu(0x00, 0x22, 0x81, 0xB6, plain));
    QVERIFY(command.data().startsWith(QByteArray::fromHex("871101BE90237EEB4BA0FF253EA246AE31C8B8")));
    QCOMPARE(command.cla(), quint8(0x0C));
    QVERIFY(command.encode().endsWith(char(0x00)));  // §2: Le 00 present
}

void TestSecureMessaging::aes_response_mac_of_the_bsi_example()
{
    auto card = std::make_shared<ScriptedResponder>();
    auto channel = m_reader.connect(card);
    // SSC 1 after the command; unprotect() increments it to 2.
    SecureMessaging sm(*channel, BlockCipher::Algorithm::Aes, kEnc, kMac, ssc(1));
    auto answer = sm.unprotect(ResponseApdu(QByteArray::fromHex("990290008E08A89570A68664A7D6"), StatusWord(0x9000)));
    QVERIFY(answer.ok());
    QVERIFY(answer->isSuccess());
    SecureMessaging wrong(*channel, BlockCipher::Algorithm::Aes, kEnc, kMac, ssc(1));
    // passport.md §2: forgetting the padding gives 152BA1CA8E79C1B7, which must not verify.
    QVERIFY(!wrong.unprotect(ResponseApdu(QByteArray::fromHex("990290008E08152BA1CA8E79C1B7"), StatusWord(0x9000))).ok());
}

void TestSecureMessaging::odd_ins_uses_do85_and_extended_le_uses_two_bytes()
{
    auto card = std::make_shared<ScriptedResponder>();
    auto channel = m_reader.connect(card);
    SecureMessaging sm(*channel, BlockCipher::Algorithm::TripleDes, QByteArray(16, '\x11'), QByteArray(16, '\x22'), QByteArray(8, '\0'));
    const CommandApdu odd = sm.protect(CommandApdu(0x00, 0xB1, 0x00, 0x00, QByteArray::fromHex("54028000"), 0xDF));
    QCOMPARE(quint8(odd.data()[0]), quint8(0x85));
    QCOMPARE(odd.data().mid(10, 3).toHex(), QByteArray("9701df"));
    const CommandApdu extended = sm.protect(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 65000));
    QVERIFY(extended.data().startsWith(QByteArray::fromHex("9702FDE8")));
    QVERIFY(extended.isExtended());
    QCOMPARE(extended.le(), CommandApdu::kMaxExtendedLe);
}

void TestSecureMessaging::wrong_mac_ends_the_session()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("", "990290008E0800000000000000009000");
    auto channel = m_reader.connect(card);
    SecureMessaging sm(*channel, BlockCipher::Algorithm::Aes, kEnc, kMac, ssc(0));
    auto answer = sm.transmit(CommandApdu(0x00, 0xA4, 0x02, 0x0C, QByteArray::fromHex("0101")));
    QVERIFY(!answer.ok());
    QVERIFY(sm.lost());
    // Nothing more goes out on a dead session.
    QVERIFY(!sm.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4)).ok());
    QCOMPARE(card->received().size(), 1);
}

void TestSecureMessaging::chunk_sizes()
{
    auto card = std::make_shared<ScriptedResponder>();
    auto channel = m_reader.connect(card);
    channel->disableExtendedLength();
    SecureMessaging des(*channel, BlockCipher::Algorithm::TripleDes, QByteArray(16, '\x11'), QByteArray(16, '\x22'), QByteArray(8, '\0'));
    SecureMessaging aes(*channel, BlockCipher::Algorithm::Aes, kEnc, kMac, ssc(0));
    // passport.md §6: 231 plain bytes (3DES) and 223 (AES) fit a 256-byte answer.
    QCOMPARE(des.maxLe(), 231);
    QCOMPARE(aes.maxLe(), 223);
    const int overhead3Des = 3 + 1 + ((231 / 8) + 1) * 8 + 4 + 10;
    QVERIFY(overhead3Des <= 256);
    const int overheadAes = 3 + 1 + ((223 / 16) + 1) * 16 + 4 + 10;
    QVERIFY(overheadAes <= 256);
}

QTEST_GUILESS_MAIN(TestSecureMessaging)
#include "tst_SecureMessaging.moc"
