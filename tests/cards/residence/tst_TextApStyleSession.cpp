#include "core/cards/residence/TextApStyleSession.h"
#include "core/crypto/BlockCipher.h"

#include <QTest>

using namespace madoguchi;
using LeObject = TextApStyleSession::LeObject;

// The reader's side of profile T against the synthetic vectors of residence-card-0708.md §6
// (recomputed there with an independent AES implementation): seed 40 41 … 5F, K = 40…4F.
class TestTextApStyleSession : public QObject
{
    Q_OBJECT

private:
    static QByteArray seed()
    {
        QByteArray bytes;
        for (int i = 0x40; i <= 0x5F; ++i)
            bytes.append(char(i));
        return bytes;
    }

private Q_SLOTS:
    void counter_ivs_match_the_vectors();
    void key_delivery_is_the_text_ap_object();
    void verify_matches_the_vector();
    void reads_carry_the_chosen_le_object_data();
    void reads_carry_the_chosen_le_object();
    void answers_decrypt_with_the_commands_iv();
    void answers_under_another_iv_are_refused();
};

void TestTextApStyleSession::counter_ivs_match_the_vectors()
{
    const QByteArray key = QByteArray::fromHex("404142434445464748494A4B4C4D4E4F");
    QCOMPARE(TextApStyleSession::iv(key, 1).toHex().toUpper(), QByteArray("450E115197D569C7056B7C977DE56327"));
    QCOMPARE(TextApStyleSession::iv(key, 2).toHex().toUpper(), QByteArray("EE1600C7CE08256BC40994ABA6607220"));
}

void TestTextApStyleSession::key_delivery_is_the_text_ap_object()
{
    // §5: A0 22 80 20 <32-byte seed>, whichever cipher uses it.
    TextApStyleSession session(LeObject::TwoBytes);
    QCOMPARE(session.seedSize(), 32);
    QCOMPARE(session.keyDelivery(seed()), QByteArray::fromHex("A0228020") + seed());
}

void TestTextApStyleSession::verify_matches_the_vector()
{
    // §6: VERIFY "AA12345678BB" at N = 1 → 08 20 00 86 13 86 11 01 E046A529E2532BC49ED1A8944827F2A8.
    TextApStyleSession session(LeObject::TwoBytes);
    session.keyDelivery(seed());
    QCOMPARE(session.verify("AA12345678BB").encode().toHex().toUpper(), QByteArray("0820008613861101E046A529E2532BC49ED1A8944827F2A8"));
}

void TestTextApStyleSession::reads_carry_the_chosen_le_object_data()
{
    QTest::addColumn<int>("leObject");
    QTest::addColumn<QByteArray>("apdu");
    // §6: 08 B0 <80|SFI> 00, extended Lc, the Le object asking for everything, extended Le 00 00.
    QTest::newRow("96 02 (as on 05/06)") << int(LeObject::TwoBytes) << QByteArray::fromHex("08B0830000000496020000" "0000");
    QTest::newRow("96 03 (as on the text AP)") << int(LeObject::ThreeBytes) << QByteArray::fromHex("08B083000000059603000000" "0000");
}

void TestTextApStyleSession::reads_carry_the_chosen_le_object()
{
    QFETCH(int, leObject);
    QFETCH(QByteArray, apdu);
    TextApStyleSession session{LeObject(leObject)};
    session.keyDelivery(seed());
    QCOMPARE(session.readFile(0x03).encode().toHex(), apdu.toHex());
}

void TestTextApStyleSession::answers_decrypt_with_the_commands_iv()
{
    // The answer to the command at N uses IV(N) (§5): here the second command.
    TextApStyleSession session(LeObject::TwoBytes);
    session.keyDelivery(seed());
    session.verify("AA12345678BB");
    session.readFile(0x01);
    const QByteArray key = seed().first(16);
    const QByteArray plain = QByteArray::fromHex("C20C") + "AA12345678BB";
    const QByteArray cryptogram = BlockCipher::encryptCbc(BlockCipher::Algorithm::Aes, key, BlockCipher::pad(plain, 16), TextApStyleSession::iv(key, 2));
    const ResponseApdu answer(QByteArray::fromHex("8611") + QByteArray(1, '\x01') + cryptogram, StatusWord(StatusWord::kSuccess));
    const auto decrypted = session.answer(answer);
    QVERIFY(decrypted.ok());
    QCOMPARE(*decrypted, plain);
}

void TestTextApStyleSession::answers_under_another_iv_are_refused()
{
    TextApStyleSession session(LeObject::TwoBytes);
    session.keyDelivery(seed());
    session.readFile(0x01);
    const QByteArray key = seed().first(16);
    // One block encrypted under IV(2) while the session is at N = 1: decrypted under IV(1), its
    // padding does not come out. (In longer answers only the first block goes wrong, and the
    // signature over the data refuses it.)
    const QByteArray cryptogram =
        BlockCipher::encryptCbc(BlockCipher::Algorithm::Aes, key, BlockCipher::pad(QByteArray(15, 'x'), 16), TextApStyleSession::iv(key, 2));
    const ResponseApdu answer(QByteArray::fromHex("8611") + QByteArray(1, '\x01') + cryptogram, StatusWord(StatusWord::kSuccess));
    QVERIFY(!session.answer(answer).ok());
    QVERIFY(!session.answer(ResponseApdu(QByteArray::fromHex("870101"), StatusWord(StatusWord::kSuccess))).ok());
}

QTEST_GUILESS_MAIN(TestTextApStyleSession)
#include "tst_TextApStyleSession.moc"
