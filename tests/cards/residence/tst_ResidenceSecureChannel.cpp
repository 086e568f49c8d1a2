#include "core/cards/residence/ResidenceCardNumber.h"
#include "core/cards/residence/ResidenceSecureChannel.h"

#include <QTest>

using namespace madoguchi;
using Generation = ResidenceSecureChannel::Generation;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

const QByteArray kCardNumber = "AA12345678BB";  // the official vectors' card number
const QByteArray kRndIfd = hex("1122334455667788");
const QByteArray kKIfd = hex("404142434445464748494A4B4C4D4E4F");

} // namespace

// The official test vectors of both generations (residence-card.md §B2, §B4), byte for byte.
class TestResidenceSecureChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void official_vectors_data();
    void official_vectors();
    void answers_that_must_be_refused();
    void read_answer_round_trip();
    void card_number_entry();
};

void TestResidenceSecureChannel::official_vectors_data()
{
    QTest::addColumn<int>("generation");
    QTest::addColumn<QByteArray>("rndIcc");
    QTest::addColumn<QByteArray>("authentication");  // E.IFD ‖ M.IFD
    QTest::addColumn<QByteArray>("answer");          // E.ICC ‖ M.ICC
    QTest::addColumn<QByteArray>("sessionKey");
    QTest::addColumn<QByteArray>("verifyCryptogram");
    QTest::newRow("first generation (3DES, retail MAC)")
        << int(Generation::First) << hex("5A6E7E385162B7A3")
        << hex("937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA" "1AD7FB6A3389E017")
        << hex("5860775B4D032CC564BA204B8EA868F694A74E7475A8FEF240588BDA1AF496CE" "59388FD6CD45248B")
        << hex("CE94938E19E3B97DF96EABCEDC1715CC") << hex("1AA82973DB959A811F9711D728F0EEF6");
    QTest::newRow("second generation (AES, CMAC)")
        << int(Generation::Second) << hex("921CE277323DA057")
        << hex("4AD3C7B6BB484A52771977DED618B41DF841FA0476A05FBE041DEAD6109E773B" "AC854617634F5397")
        << hex("289A96B1DA6AE3DA87770419BFD14F0BDAD15F36432B5A946C188C7221759A62" "FA942EC51E62FF5F")
        << hex("C19CF13D3D7FBEE9EA293D834C88952F") << hex("EE0B31EF877F68D071C56D58C72E6748");
}

void TestResidenceSecureChannel::official_vectors()
{
    QFETCH(int, generation);
    QFETCH(QByteArray, rndIcc);
    QFETCH(QByteArray, authentication);
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, sessionKey);
    QFETCH(QByteArray, verifyCryptogram);
    const ResidenceSecureChannel channel{Generation(generation)};
    const QByteArray key = ResidenceSecureChannel::cardNumberKey(kCardNumber);
    QCOMPARE(key, hex("6522B4E171195BB218223A976C040111"));
    QCOMPARE(channel.authenticationData(key, rndIcc, kRndIfd, kKIfd), authentication);
    QCOMPARE(channel.sessionKey(key, answer, rndIcc, kRndIfd, kKIfd).value(), sessionKey);
    // §B2 step 6: 08 20 00 86 13 | 86 11 01 ‖ cryptogram.
    QCOMPARE(channel.verifyData(sessionKey, kCardNumber), hex("861101") + verifyCryptogram);
}

void TestResidenceSecureChannel::answers_that_must_be_refused()
{
    const ResidenceSecureChannel channel(Generation::First);
    const QByteArray key = ResidenceSecureChannel::cardNumberKey(kCardNumber);
    const QByteArray rndIcc = hex("5A6E7E385162B7A3");
    QByteArray answer = hex("5860775B4D032CC564BA204B8EA868F694A74E7475A8FEF240588BDA1AF496CE59388FD6CD45248B");
    QVERIFY(channel.sessionKey(key, answer, rndIcc, kRndIfd, kKIfd));
    QVERIFY(!channel.sessionKey(key, answer.left(39), rndIcc, kRndIfd, kKIfd));  // short
    QByteArray badMac = answer;
    badMac[39] = char(badMac[39] ^ 1);
    QVERIFY(!channel.sessionKey(key, badMac, rndIcc, kRndIfd, kKIfd));
    QVERIFY(!channel.sessionKey(key, answer, hex("0000000000000000"), kRndIfd, kKIfd));  // another challenge
    // The answer of the right card for another card number: the MAC already fails.
    QVERIFY(!channel.sessionKey(ResidenceSecureChannel::cardNumberKey("AA12345678BC"), answer, rndIcc, kRndIfd, kKIfd));
    // A second-generation channel cannot read a first-generation answer.
    QVERIFY(!ResidenceSecureChannel(Generation::Second).sessionKey(key, answer, rndIcc, kRndIfd, kKIfd));
}

void TestResidenceSecureChannel::read_answer_round_trip()
{
    for (Generation generation : {Generation::First, Generation::Second}) {
        const ResidenceSecureChannel channel(generation);
        const BlockCipher::Algorithm algorithm = generation == Generation::First ? BlockCipher::Algorithm::TripleDes : BlockCipher::Algorithm::Aes;
        const QByteArray ks = hex("C19CF13D3D7FBEE9EA293D834C88952F");
        const QByteArray file = hex("D1820BB8") + QByteArray(3000, '\x42');
        const QByteArray cryptogram = BlockCipher::encryptCbc(algorithm, ks, BlockCipher::pad(file, BlockCipher::blockSize(algorithm)));
        // 86 82 LLLL 01 ‖ cryptogram: a long-form length, as the spec's example reads (86 82 15 91 01 …).
        const int length = int(cryptogram.size()) + 1;
        const QByteArray answer = hex("8682") + char(length >> 8) + char(length & 0xFF) + '\x01' + cryptogram;
        QCOMPARE(channel.readAnswer(ks, answer).value(), file);
        QVERIFY(!channel.readAnswer(hex("D19CF13D3D7FBEE9EA293D834C88952F"), answer));  // wrong key: no padding (a DES key's low bits are parity)
        QVERIFY(!channel.readAnswer(ks, hex("870101")));
        QVERIFY(!channel.readAnswer(ks, QByteArray()));
    }
}

void TestResidenceSecureChannel::card_number_entry()
{
    QCOMPARE(ResidenceCardNumber::normalize(" aa12345678bb ").value(), kCardNumber);
    QCOMPARE(ResidenceCardNumber::normalize(QStringLiteral("ＡＡ１２３４５６７８ＢＢ")).value(), kCardNumber);
    for (const char* bad : {"", "AA1234567BB", "AA123456789BB", "1A12345678BB", "AA12345678B1", "AA12 345678BB", "ＡＡ１２３４５６７８ＢＢＢ"})
        QVERIFY2(!ResidenceCardNumber::normalize(QString::fromUtf8(bad)), bad);
}

QTEST_GUILESS_MAIN(TestResidenceSecureChannel)
#include "tst_ResidenceSecureChannel.moc"
