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
    void triple_des_and_retail_mac_first_generation_vectors();
    void aes_and_cmac_second_generation_vectors();
    void padding_method_2();
    void wrong_sizes_give_nothing();
};

void TestBlockCipher::triple_des_and_retail_mac_first_generation_vectors()
{
    const QByteArray k = cardNumberKey();
    QCOMPARE(k, hex("6522B4E171195BB218223A976C040111"));
    const QByteArray rndIcc = hex("5A6E7E385162B7A3");
    const QByteArray rndIfd = hex("1122334455667788");
    const QByteArray eIfd = BlockCipher::encryptCbc(Algorithm::TripleDes, k, rndIfd + rndIcc + kIfd());
    QCOMPARE(eIfd, hex("937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA"));
    QCOMPARE(BlockCipher::retailMac(k, eIfd), hex("1AD7FB6A3389E017"));
    const QByteArray eIcc = hex("5860775B4D032CC564BA204B8EA868F694A74E7475A8FEF240588BDA1AF496CE");
    QCOMPARE(BlockCipher::retailMac(k, eIcc), hex("59388FD6CD45248B"));
    const QByteArray plain = BlockCipher::decryptCbc(Algorithm::TripleDes, k, eIcc);
    QCOMPARE(plain.left(8), rndIcc);
    QCOMPARE(plain.mid(8, 8), rndIfd);
    QCOMPARE(plain.mid(16), hex("19D049490FFF52EEDBFCB930BC810ED0"));
    // The VERIFY ciphertext under KSenc: the card number padded with method 2.
    const QByteArray ksEnc = hex("CE94938E19E3B97DF96EABCEDC1715CC");
    QCOMPARE(BlockCipher::encryptCbc(Algorithm::TripleDes, ksEnc, BlockCipher::pad("AA12345678BB", 8)), hex("1AA82973DB959A811F9711D728F0EEF6"));
}

void TestBlockCipher::aes_and_cmac_second_generation_vectors()
{
    const QByteArray k = cardNumberKey();
    const QByteArray rndIcc = hex("921CE277323DA057");
    const QByteArray rndIfd = hex("1122334455667788");
    const QByteArray eIfd = BlockCipher::encryptCbc(Algorithm::Aes, k, rndIfd + rndIcc + kIfd());
    QCOMPARE(eIfd, hex("4AD3C7B6BB484A52771977DED618B41DF841FA0476A05FBE041DEAD6109E773B"));
    QCOMPARE(BlockCipher::aesCmac(k, eIfd).left(8), hex("AC854617634F5397"));
    const QByteArray eIcc = hex("289A96B1DA6AE3DA87770419BFD14F0BDAD15F36432B5A946C188C7221759A62");
    QCOMPARE(BlockCipher::aesCmac(k, eIcc).left(8), hex("FA942EC51E62FF5F"));
    const QByteArray plain = BlockCipher::decryptCbc(Algorithm::Aes, k, eIcc);
    QCOMPARE(plain.left(8), rndIcc);
    QCOMPARE(plain.mid(8, 8), rndIfd);
    QCOMPARE(plain.mid(16), hex("2CC6AF9B8B607C662FDCAD27B401D08B"));
    const QByteArray ksEnc = hex("C19CF13D3D7FBEE9EA293D834C88952F");
    QCOMPARE(BlockCipher::encryptCbc(Algorithm::Aes, ksEnc, BlockCipher::pad("AA12345678BB", 16)), hex("EE0B31EF877F68D071C56D58C72E6748"));
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
