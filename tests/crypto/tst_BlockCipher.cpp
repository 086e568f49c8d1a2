#include "core/crypto/BlockCipher.h"

#include <QCryptographicHash>
#include <QTest>

using namespace madoguchi;
using Algorithm = BlockCipher::Algorithm;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

// residence-card.md §B2/§B4: K = SHA-1 of the card number, first 16 bytes.
QByteArray cardNumberKey()
{
    return QCryptographicHash::hash("AA12345678BB", QCryptographicHash::Sha1).left(16);
}

QByteArray kIfd()
{
    return hex("404142434445464748494A4B4C4D4E4F");
}

} // namespace

// The primitives against the official residence-card test vectors (residence-card.md §B2 first
// generation, §B4 second generation), byte for byte.
class TestBlockCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void official_vectors_data();
    void official_vectors();
    void padding_method_2();
    void wrong_sizes_give_nothing();
};

void TestBlockCipher::official_vectors_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("rndIcc");
    QTest::addColumn<QByteArray>("eIfd");
    QTest::addColumn<QByteArray>("mIfd");
    QTest::addColumn<QByteArray>("eIcc");
    QTest::addColumn<QByteArray>("mIcc");
    QTest::addColumn<QByteArray>("kIcc");
    QTest::addColumn<QByteArray>("ksEnc");
    QTest::addColumn<QByteArray>("verifyCryptogram");
    QTest::newRow("first generation: 3DES, retail MAC")
        << int(Algorithm::TripleDes) << hex("5A6E7E385162B7A3") << hex("937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA")
        << hex("1AD7FB6A3389E017") << hex("5860775B4D032CC564BA204B8EA868F694A74E7475A8FEF240588BDA1AF496CE") << hex("59388FD6CD45248B")
        << hex("19D049490FFF52EEDBFCB930BC810ED0") << hex("CE94938E19E3B97DF96EABCEDC1715CC") << hex("1AA82973DB959A811F9711D728F0EEF6");
    QTest::newRow("second generation: AES, CMAC")
        << int(Algorithm::Aes) << hex("921CE277323DA057") << hex("4AD3C7B6BB484A52771977DED618B41DF841FA0476A05FBE041DEAD6109E773B")
        << hex("AC854617634F5397") << hex("289A96B1DA6AE3DA87770419BFD14F0BDAD15F36432B5A946C188C7221759A62") << hex("FA942EC51E62FF5F")
        << hex("2CC6AF9B8B607C662FDCAD27B401D08B") << hex("C19CF13D3D7FBEE9EA293D834C88952F") << hex("EE0B31EF877F68D071C56D58C72E6748");
}

void TestBlockCipher::official_vectors()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, rndIcc);
    QFETCH(QByteArray, eIfd);
    QFETCH(QByteArray, mIfd);
    QFETCH(QByteArray, eIcc);
    QFETCH(QByteArray, mIcc);
    QFETCH(QByteArray, kIcc);
    QFETCH(QByteArray, ksEnc);
    QFETCH(QByteArray, verifyCryptogram);
    const Algorithm cipher = Algorithm(algorithm);
    // §B2: retail MAC; §B4: AES-CMAC truncated to 8 bytes.
    const auto mac = [cipher](const QByteArray& key, const QByteArray& data) {
        return cipher == Algorithm::TripleDes ? BlockCipher::retailMac(key, data) : BlockCipher::aesCmac(key, data).left(8);
    };
    const QByteArray k = cardNumberKey();
    QCOMPARE(k, hex("6522B4E171195BB218223A976C040111"));
    const QByteArray rndIfd = hex("1122334455667788");
    QCOMPARE(BlockCipher::encryptCbc(cipher, k, rndIfd + rndIcc + kIfd()), eIfd);
    QCOMPARE(mac(k, eIfd), mIfd);
    QCOMPARE(mac(k, eIcc), mIcc);
    const QByteArray plain = BlockCipher::decryptCbc(cipher, k, eIcc);
    QCOMPARE(plain.left(8), rndIcc);
    QCOMPARE(plain.mid(8, 8), rndIfd);
    QCOMPARE(plain.mid(16), kIcc);
    // The VERIFY cryptogram under KSenc: the card number padded with method 2.
    QCOMPARE(BlockCipher::encryptCbc(cipher, ksEnc, BlockCipher::pad("AA12345678BB", BlockCipher::blockSize(cipher))), verifyCryptogram);
}

void TestBlockCipher::padding_method_2()
{
    QCOMPARE(BlockCipher::pad(hex("0102"), 8), hex("0102800000000000"));
    QCOMPARE(BlockCipher::pad(hex("0102030405060708"), 8), hex("01020304050607088000000000000000"));  // a whole block more
    QCOMPARE(BlockCipher::pad(QByteArray(), 16), hex("80000000000000000000000000000000"));
    QCOMPARE(BlockCipher::unpad(hex("D0028000000000")).value(), hex("D002"));
    QCOMPARE(BlockCipher::unpad(hex("80")).value(), QByteArray());
    QVERIFY(!BlockCipher::unpad(hex("D0020000")));
    QVERIFY(!BlockCipher::unpad(QByteArray()));
}

void TestBlockCipher::wrong_sizes_give_nothing()
{
    const QByteArray k = cardNumberKey();
    QVERIFY(BlockCipher::encryptCbc(Algorithm::TripleDes, k, hex("0102")).isEmpty());        // not a whole block
    QVERIFY(BlockCipher::encryptCbc(Algorithm::TripleDes, k.left(8), hex("0102030405060708")).isEmpty());  // single DES key
    QVERIFY(BlockCipher::encryptCbc(Algorithm::Aes, k.left(15), QByteArray(16, 'x')).isEmpty());
    QVERIFY(BlockCipher::encryptCbc(Algorithm::Aes, k, QByteArray(16, 'x'), hex("00")).isEmpty());  // IV size
    QVERIFY(BlockCipher::retailMac(k.left(8), hex("01")).isEmpty());
    QVERIFY(BlockCipher::aesCmac(k.left(10), hex("01")).isEmpty());
}

QTEST_GUILESS_MAIN(TestBlockCipher)
#include "tst_BlockCipher.moc"
