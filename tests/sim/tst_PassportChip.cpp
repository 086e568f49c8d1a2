// The virtual passport chip against ICAO Doc 9303-11 Appendix D (passport.md §1): given the
// example's RND.IC and K.IC, it answers the example's EXTERNAL AUTHENTICATE with the example's
// E_IC ‖ M_IC, and the three protected APDUs of D.4 with the example's protected answers.

#include "core/sim/PassportChip.h"
#include "core/sim/VirtualCard.h"

#include <QTest>

using namespace madoguchi;

class TestPassportChip : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<VirtualCard> appendixDCard()
    {
        DedicatedFile application(QByteArray::fromHex("A0000002471001"));
        // D.4: EF.COM = 60 14 5F01 04 "0106" 5F36 06 "040000" 5C 02 61 75.
        application.addFile({0x011E, 0x1E, QByteArray::fromHex("60145F0104303130365F36063034303030305C026175"), {}});
        auto card = std::make_unique<VirtualCard>(QByteArray::fromHex("3B8880010000000000B381D1EA"), DedicatedFile(), VirtualCard::Options());
        card->addApplication(std::move(application));
        PassportChip::Config config;
        config.applicationAid = QByteArray::fromHex("A0000002471001");
        config.mrzInformation = "L898902C<369080619406236";
        config.fixedChallenge = QByteArray::fromHex("4608F91988702212");
        config.fixedKeyShare = QByteArray::fromHex("0B4F80323EB3191CB04970CB4052790B");
        card->setProfile(std::make_unique<PassportChip>(config));
        return card;
    }
    static QByteArray send(VirtualCard& card, const char* hex) { return card.respond(QByteArray::fromHex(hex)).toHex().toUpper(); }

private Q_SLOTS:
    void appendix_d_authentication_and_d4_answers();
    void files_need_secure_messaging();
    void wrong_mac_ends_the_session();
    void wrong_mrz_is_refused();
};

void TestPassportChip::appendix_d_authentication_and_d4_answers()
{
    auto card = appendixDCard();
    QCOMPARE(send(*card, "00A4040C07A0000002471001"), QByteArray("9000"));
    QCOMPARE(send(*card, "0084000008"), QByteArray("4608F919887022129000"));
    QCOMPARE(send(*card, "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728"),
             QByteArray("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D74499000"));
    QCOMPARE(send(*card, "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"), QByteArray("990290008E08FA855A5D4C50A8ED9000"));
    QCOMPARE(send(*card, "0CB000000D9701048E08ED6705417E96BA5500"), QByteArray("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"));
    QCOMPARE(send(*card, "0CB000040D9701128E082EA28A70F3C7B53500"),
             QByteArray("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"));
}

void TestPassportChip::files_need_secure_messaging()
{
    auto card = appendixDCard();
    QCOMPARE(send(*card, "00A4040C07A0000002471001"), QByteArray("9000"));
    QCOMPARE(send(*card, "00A4020C02011E"), QByteArray("9000"));
    QCOMPARE(send(*card, "00B0000004"), QByteArray("6982"));
    QCOMPARE(send(*card, "0CB000000D9701048E08ED6705417E96BA5500"), QByteArray("6987"));  // no session yet
}

void TestPassportChip::wrong_mac_ends_the_session()
{
    auto card = appendixDCard();
    send(*card, "00A4040C07A0000002471001");
    send(*card, "0084000008");
    send(*card, "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728");
    QCOMPARE(send(*card, "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F900"), QByteArray("6988"));
    // The keys are gone: the right command now finds no session.
    QCOMPARE(send(*card, "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"), QByteArray("6987"));
}

void TestPassportChip::wrong_mrz_is_refused()
{
    auto card = appendixDCard();
    send(*card, "00A4040C07A0000002471001");
    send(*card, "0084000008");
    // E_IFD of the example with its last MAC byte changed: 63 00, no session.
    QCOMPARE(send(*card, "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A628"), QByteArray("6300"));
}

QTEST_GUILESS_MAIN(TestPassportChip)
#include "tst_PassportChip.moc"
