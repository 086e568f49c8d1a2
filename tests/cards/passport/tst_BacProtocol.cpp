// ICAO Doc 9303-11 Appendix D, byte for byte (passport.md §1): BAC keys, EXTERNAL AUTHENTICATE,
// session keys and SSC, then the three protected APDUs of D.4 and their answers.

#include "core/cards/passport/BacProtocol.h"
#include "core/cards/passport/MrzKey.h"
#include "tests/support/ScriptedReader.h"

#include <QTest>

using namespace madoguchi;

class TestBacProtocol : public QObject
{
    Q_OBJECT

private:
    ScriptedReader m_reader;

private Q_SLOTS:
    void access_keys_of_appendix_d();
    void authentication_and_session_of_appendix_d();
    void protected_apdus_of_appendix_d4();
    void wrong_mrz_is_a_refusal();
    void pace_only_chip_is_reported();
};

void TestBacProtocol::access_keys_of_appendix_d()
{
    const auto key = MrzKey::fromParts("L898902C", "690806", "940623");
    QVERIFY(key.ok());
    QCOMPARE(key->information().view(), QByteArrayView("L898902C<369080619406236"));
    const auto keys = BacProtocol::accessKeys(key->information().view());
    QCOMPARE(keys.encryption.toHex().toUpper(), QByteArray("AB94FDECF2674FDFB9B391F85D7F76F2"));
    QCOMPARE(keys.mac.toHex().toUpper(), QByteArray("7962D9ECE03D1ACD4C76089DCE131543"));
}

void TestBacProtocol::authentication_and_session_of_appendix_d()
{
    const auto keys = BacProtocol::accessKeys("L898902C<369080619406236");
    const QByteArray rndIc = QByteArray::fromHex("4608F91988702212");
    const QByteArray rndIfd = QByteArray::fromHex("781723860C06C226");
    const QByteArray kIfd = QByteArray::fromHex("0B795240CB7049B01C19B33E32804F0B");
    QCOMPARE(BacProtocol::authenticationData(keys, rndIc, rndIfd, kIfd).toHex().toUpper(),
             QByteArray("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7"));
    const QByteArray answer = QByteArray::fromHex("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449");
    const auto session = BacProtocol::session(keys, answer, rndIc, rndIfd, kIfd);
    QVERIFY(session.ok());
    QCOMPARE(session->encryption.toHex().toUpper(), QByteArray("979EC13B1CBFE9DCD01AB0FED307EAE5"));
    QCOMPARE(session->mac.toHex().toUpper(), QByteArray("F1CB1F1FB5ADF208806B89DC579DC1F8"));
    QCOMPARE(session->ssc.toHex().toUpper(), QByteArray("887022120C06C226"));
    QByteArray tampered = answer;
    tampered[39] = char(tampered[39] ^ 1);
    QVERIFY(!BacProtocol::session(keys, tampered, rndIc, rndIfd, kIfd).ok());
}

void TestBacProtocol::protected_apdus_of_appendix_d4()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("0084000008", "4608F919887022129000");
    card->expect("008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728",
                 "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D74499000");
    card->expect("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800", "990290008E08FA855A5D4C50A8ED9000");
    card->expect("0CB000000D9701048E08ED6705417E96BA5500", "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000");
    card->expect("0CB000040D9701128E082EA28A70F3C7B53500",
                 "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000");
    auto channel = m_reader.connect(card);
    auto access = BacProtocol::run(*channel, "L898902C<369080619406236",
                                   {QByteArray::fromHex("781723860C06C226"), QByteArray::fromHex("0B795240CB7049B01C19B33E32804F0B")});
    QVERIFY(access.ok());
    QCOMPARE(access->status, PassportAccess::Status::Established);
    SecureMessaging& sm = *access->session;
    QCOMPARE(sm.ssc().toHex().toUpper(), QByteArray("887022120C06C226"));

    auto select = sm.transmit(CommandApdu(0x00, 0xA4, 0x02, 0x0C, QByteArray::fromHex("011E")));
    QVERIFY(select.ok());
    QVERIFY(select->isSuccess());
    QCOMPARE(sm.ssc().toHex().toUpper(), QByteArray("887022120C06C228"));
    auto head = sm.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 4));
    QVERIFY(head.ok());
    QCOMPARE(head->data().toHex().toUpper(), QByteArray("60145F01"));
    auto rest = sm.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x04, {}, 0x12));
    QVERIFY(rest.ok());
    QCOMPARE(rest->data().toHex().toUpper(), QByteArray("04303130365F36063034303030305C026175"));
    QCOMPARE(sm.ssc().toHex().toUpper(), QByteArray("887022120C06C22C"));
    QVERIFY(card->allConsumed());
    QVERIFY(!sm.lost());
}

void TestBacProtocol::wrong_mrz_is_a_refusal()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("0084000008", "4608F919887022129000");
    card->expect("", "6300");
    auto channel = m_reader.connect(card);
    auto access = BacProtocol::run(*channel, "L898902C<369080619406237");
    QVERIFY(access.ok());
    QCOMPARE(access->status, PassportAccess::Status::Rejected);
    QVERIFY(!access->session);
}

void TestBacProtocol::pace_only_chip_is_reported()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("0084000008", "4608F919887022129000");
    card->expect("", "6A88");
    auto channel = m_reader.connect(card);
    auto access = BacProtocol::run(*channel, "L898902C<369080619406236");
    QVERIFY(access.ok());
    QCOMPARE(access->status, PassportAccess::Status::NotSupported);
    QVERIFY(access->detail.contains("PACE"));
}

QTEST_GUILESS_MAIN(TestBacProtocol)
#include "tst_BacProtocol.moc"
