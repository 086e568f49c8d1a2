#include "core/crypto/Rsa.h"
#include "core/sim/MyNumberProfile.h"
#include "core/sim/SimFiles.h"
#include "core/sim/SimTestPki.h"
#include "core/sim/SpecifiedResidenceProfile.h"
#include "core/sim/VirtualCard.h"

#include <QTest>

using namespace madoguchi;

// The card's side of the 07/08 在留 AP (profile T, residence-card-0708.md §5–§6), against the
// synthetic vectors of §6: a key delivery made here with seed 40 41 … 5F, then the vector's VERIFY
// APDU at N = 1, byte for byte. And the session rules of §5: N advances on every SM command, a 6988
// ends the session (69FC after it), SELECT of the AP ends it, DF1 only under SM.
class TestSpecifiedResidenceProfile : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_ap = SimFiles::aid16(QByteArray::fromHex("D392F0004F01"));
    const QByteArray m_df1 = SimFiles::aid16(QByteArray::fromHex("D392F0004F02"));
    const QByteArray m_df2 = SimFiles::aid16(QByteArray::fromHex("D392F0004F03"));

    std::unique_ptr<VirtualCard> card(bool refuseSession = false) const
    {
        auto card = std::make_unique<VirtualCard>(QByteArray::fromHex("3B80800101"), DedicatedFile(), VirtualCard::Options{});
        DedicatedFile ap(m_ap);
        ap.addFile({0x0002, 0x0A, QByteArray::fromHex("C1023037"), {}});
        DedicatedFile df1(m_df1);
        df1.addFile({0x0001, 0x01, SimFiles::tlv(0xC2, "AA12345678BB"), {}});
        DedicatedFile df2(m_df2);
        df2.addFile({0x0003, 0x03, SimFiles::tlv(0xD9, "0"), {}});
        card->addApplication(std::move(ap));
        card->addApplication(std::move(df1));
        card->addApplication(std::move(df2));
        SpecifiedResidenceProfile::Options options;
        options.apAid = m_ap;
        options.dfAids = {m_df1, m_df2};
        options.cardNumber = "AA12345678BB";
        options.deliveryKey = SimTestPki::instance().residenceDelivery;
        options.refuseSession = refuseSession;
        card->setProfile(std::make_unique<SpecifiedResidenceProfile>(
            std::make_unique<MyNumberProfile>(SimTestPki::instance().myNumberCard, QByteArray(), QByteArray()), options));
        return card;
    }
    static QByteArray seed()
    {
        QByteArray bytes;
        for (int i = 0x40; i <= 0x5F; ++i)
            bytes.append(char(i));
        return bytes;
    }
    static QByteArray send(VirtualCard& card, const QByteArray& apdu) { return card.respond(apdu); }
    QByteArray select(VirtualCard& card, const QByteArray& aid) const
    {
        return send(card, QByteArray::fromHex("00A4040C10") + aid);
    }
    // 80 AE 00 00 00 01 00 <OAEP(A0 22 80 20 seed)> (extended Lc, no Le).
    static QByteArray setSessionKey(VirtualCard& card, const QByteArray& plain)
    {
        const QByteArray cryptogram = Rsa::encryptOaepSha256(SimTestPki::instance().residenceDelivery.get(), plain);
        return send(card, QByteArray::fromHex("80AE0000000100") + cryptogram);
    }
    static const QByteArray& vectorVerify()
    {
        static const QByteArray apdu = QByteArray::fromHex("0820008613861101E046A529E2532BC49ED1A8944827F2A8");  // §6, N = 1
        return apdu;
    }

private Q_SLOTS:
    void accepts_the_vector_verify();
    void refuses_a_delivery_it_cannot_open();
    void the_counter_must_advance();
    void a_broken_session_stays_broken();
    void selecting_the_ap_ends_the_session();
    void df1_only_under_secure_messaging();
    void refuses_every_delivery_when_asked();
};

void TestSpecifiedResidenceProfile::accepts_the_vector_verify()
{
    auto c = card();
    QCOMPARE(select(*c, m_ap), QByteArray::fromHex("9000"));
    QCOMPARE(setSessionKey(*c, QByteArray::fromHex("A0228020") + seed()), QByteArray::fromHex("9000"));
    QCOMPARE(send(*c, vectorVerify()), QByteArray::fromHex("9000"));
}

void TestSpecifiedResidenceProfile::refuses_a_delivery_it_cannot_open()
{
    // §5: 6A80 for a wrong structure (here the MAC-key form A0 { 81 … }, or a short seed).
    auto c = card();
    select(*c, m_ap);
    QCOMPARE(setSessionKey(*c, QByteArray::fromHex("A0228120") + seed()), QByteArray::fromHex("6A80"));
    QCOMPARE(setSessionKey(*c, QByteArray::fromHex("A0128010") + seed().first(16)), QByteArray::fromHex("6A80"));
    QCOMPARE(send(*c, QByteArray::fromHex("80AE00000010") + QByteArray(16, 'x')), QByteArray::fromHex("6700"));
    QCOMPARE(send(*c, vectorVerify()), QByteArray::fromHex("6982"));  // no session
}

void TestSpecifiedResidenceProfile::the_counter_must_advance()
{
    // The vector's VERIFY is made for N = 1; sent as the second SM command (N = 2) it does not
    // decrypt, and the session is gone (§5: 6988).
    auto c = card();
    select(*c, m_ap);
    setSessionKey(*c, QByteArray::fromHex("A0228020") + seed());
    QCOMPARE(send(*c, vectorVerify()), QByteArray::fromHex("9000"));
    QCOMPARE(send(*c, vectorVerify()), QByteArray::fromHex("6988"));
}

void TestSpecifiedResidenceProfile::a_broken_session_stays_broken()
{
    auto c = card();
    select(*c, m_ap);
    setSessionKey(*c, QByteArray::fromHex("A0228020") + seed());
    QCOMPARE(send(*c, QByteArray::fromHex("0820008613861101") + QByteArray(16, '\0')), QByteArray::fromHex("6988"));
    QCOMPARE(send(*c, vectorVerify()), QByteArray::fromHex("69FC"));
    // A new session needs a new SELECT of the AP and a new key delivery.
    select(*c, m_ap);
    setSessionKey(*c, QByteArray::fromHex("A0228020") + seed());
    QCOMPARE(send(*c, vectorVerify()), QByteArray::fromHex("9000"));
}

void TestSpecifiedResidenceProfile::selecting_the_ap_ends_the_session()
{
    auto c = card();
    select(*c, m_ap);
    setSessionKey(*c, QByteArray::fromHex("A0228020") + seed());
    select(*c, m_ap);  // §2: clears the session key
    QCOMPARE(send(*c, vectorVerify()), QByteArray::fromHex("6982"));
}

void TestSpecifiedResidenceProfile::df1_only_under_secure_messaging()
{
    auto c = card();
    QCOMPARE(select(*c, m_ap), QByteArray::fromHex("9000"));
    QCOMPARE(send(*c, QByteArray::fromHex("00B08A0000")), QByteArray::fromHex("C10230379000"));  // the AP's C1 is free
    setSessionKey(*c, QByteArray::fromHex("A0228020") + seed());
    QCOMPARE(send(*c, vectorVerify()), QByteArray::fromHex("9000"));
    QCOMPARE(select(*c, m_df1), QByteArray::fromHex("9000"));  // DF1–DF3 keep the session
    QCOMPARE(send(*c, QByteArray::fromHex("00B0810000")), QByteArray::fromHex("6982"));  // plain: refused
    const QByteArray answer = send(*c, QByteArray::fromHex("08B081000000049602000000" "00"));
    QCOMPARE(answer.right(2), QByteArray::fromHex("9000"));
    QCOMPARE(answer.left(3), QByteArray::fromHex("861101"));  // C2 0C <12> padded to one block
    QCOMPARE(select(*c, m_df2), QByteArray::fromHex("9000"));
    QCOMPARE(send(*c, QByteArray::fromHex("00B0830000")).right(2), QByteArray::fromHex("9000"));  // DF2 in plain once verified
}

void TestSpecifiedResidenceProfile::refuses_every_delivery_when_asked()
{
    auto c = card(true);
    select(*c, m_ap);
    QCOMPARE(setSessionKey(*c, QByteArray::fromHex("A0228020") + seed()), QByteArray::fromHex("6A80"));
}

QTEST_GUILESS_MAIN(TestSpecifiedResidenceProfile)
#include "tst_SpecifiedResidenceProfile.moc"
