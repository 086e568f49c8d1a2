#include "core/sim/ResidenceCardProfile.h"
#include "core/sim/SimFiles.h"
#include "core/sim/VirtualCard.h"

#include <QTest>

using namespace madoguchi;
using Generation = ResidenceCardProfile::Generation;

// The card's side against the official test vectors (residence-card.md §B2 first generation,
// §B4 second): with the vectors' RND.ICC and K.ICC the virtual card must answer the vectors'
// E.IFD ‖ M.IFD with exactly their E.ICC ‖ M.ICC, and accept their VERIFY cryptogram.
class TestResidenceCardProfile : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<VirtualCard> card(Generation generation, QByteArray rndIcc = {}, QByteArray kIcc = {})
    {
        DedicatedFile mf;
        mf.addFile({0x0002, 0x0A, QByteArray::fromHex("C10131"), {}});
        DedicatedFile df1(SimFiles::aid16(QByteArray::fromHex("D392F0004F02")));
        df1.addFile({0x0001, 0x05, SimFiles::tlv(0xD0, QByteArray(300, 'x')), {}});
        DedicatedFile df2(SimFiles::aid16(QByteArray::fromHex("D392F0004F03")));
        df2.addFile({0x0001, 0x01, SimFiles::tlv(0xD2, "20260101"), {}});
        VirtualCard::Options options;
        options.dfSelectClearsVerification = false;
        auto card = std::make_unique<VirtualCard>(QByteArray::fromHex("3B80800101"), std::move(mf), options);
        card->addApplication(std::move(df1));
        card->addApplication(std::move(df2));
        card->setProfile(std::make_unique<ResidenceCardProfile>(generation, "AA12345678BB", SimFiles::aid16(QByteArray::fromHex("D392F0004F02")),
                                                                ResidenceCardProfile::Randomness{rndIcc, kIcc}));
        return card;
    }
    static QByteArray send(VirtualCard& card, const char* hex) { return card.respond(QByteArray::fromHex(hex)); }

private Q_SLOTS:
    void official_vectors_data();
    void official_vectors();
    void challenge_must_come_right_before_authentication();
    void nothing_readable_before_the_card_number();
    void first_generation_keys_refused_by_second_generation();
};

void TestResidenceCardProfile::official_vectors_data()
{
    QTest::addColumn<int>("generation");
    QTest::addColumn<QByteArray>("rndIcc");
    QTest::addColumn<QByteArray>("kIcc");
    QTest::addColumn<QByteArray>("command");  // MUTUAL AUTHENTICATE data: E.IFD ‖ M.IFD
    QTest::addColumn<QByteArray>("answer");   // E.ICC ‖ M.ICC
    QTest::addColumn<QByteArray>("verify");   // VERIFY cryptogram
    // §B2, first generation.
    QTest::newRow("first generation") << int(Generation::First) << QByteArray::fromHex("5A6E7E385162B7A3")
                                      << QByteArray::fromHex("19D049490FFF52EEDBFCB930BC810ED0")
                                      << QByteArray::fromHex("937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA1AD7FB6A3389E017")
                                      << QByteArray::fromHex("5860775B4D032CC564BA204B8EA868F694A74E7475A8FEF240588BDA1AF496CE59388FD6CD45248B")
                                      << QByteArray::fromHex("1AA82973DB959A811F9711D728F0EEF6");
    // §B4, second generation.
    QTest::newRow("second generation") << int(Generation::Second) << QByteArray::fromHex("921CE277323DA057")
                                       << QByteArray::fromHex("2CC6AF9B8B607C662FDCAD27B401D08B")
                                       << QByteArray::fromHex("4AD3C7B6BB484A52771977DED618B41DF841FA0476A05FBE041DEAD6109E773BAC854617634F5397")
                                       << QByteArray::fromHex("289A96B1DA6AE3DA87770419BFD14F0BDAD15F36432B5A946C188C7221759A62FA942EC51E62FF5F")
                                       << QByteArray::fromHex("EE0B31EF877F68D071C56D58C72E6748");
}

void TestResidenceCardProfile::official_vectors()
{
    QFETCH(int, generation);
    QFETCH(QByteArray, rndIcc);
    QFETCH(QByteArray, kIcc);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, verify);
    auto c = card(Generation(generation), rndIcc, kIcc);
    QCOMPARE(send(*c, "0084000008"), rndIcc + QByteArray::fromHex("9000"));
    // §B2 step 4: 00 82 00 00 28 … 00.
    QCOMPARE(c->respond(QByteArray::fromHex("0082000028") + command + QByteArray(1, '\0')), answer + QByteArray::fromHex("9000"));
    // §B2 step 6: 08 20 00 86 13 86 11 01 ‖ cryptogram.
    QCOMPARE(c->respond(QByteArray::fromHex("0820008613861101") + verify), QByteArray::fromHex("9000"));
    // Now DF2 reads in plain, DF1 only under secure messaging.
    QCOMPARE(send(*c, "00A4040C10D392F0004F0300000000000000000000"), QByteArray::fromHex("9000"));
    QCOMPARE(send(*c, "00B0810000").left(2), QByteArray::fromHex("D208"));
    QCOMPARE(send(*c, "00A4040C10D392F0004F0200000000000000000000"), QByteArray::fromHex("9000"));
    QCOMPARE(send(*c, "00B0850000"), QByteArray::fromHex("6982"));
    // §B4 example form: 08 B0 P1 00 00 00 04 96 02 00 00 00 00 → 86 <len> 01 <ciphertext> 9000.
    const QByteArray sm = send(*c, "08B08500000004960200000000");
    QCOMPARE(sm.right(2), QByteArray::fromHex("9000"));
    QCOMPARE(sm.left(1), QByteArray::fromHex("86"));
    // A wrong cryptogram: 63 00, no counter.
    verify[0] = char(verify[0] ^ 1);
    QCOMPARE(c->respond(QByteArray::fromHex("0820008613861101") + verify), QByteArray::fromHex("6300"));
}

void TestResidenceCardProfile::challenge_must_come_right_before_authentication()
{
    auto c = card(Generation::First, QByteArray::fromHex("5A6E7E385162B7A3"), QByteArray::fromHex("19D049490FFF52EEDBFCB930BC810ED0"));
    const QByteArray auth = QByteArray::fromHex("0082000028937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA1AD7FB6A3389E01700");
    QCOMPARE(c->respond(auth), QByteArray::fromHex("6985"));  // no challenge yet
    send(*c, "0084000008");
    send(*c, "00B08A0000");  // anything in between spends the challenge
    QCOMPARE(c->respond(auth), QByteArray::fromHex("6985"));
}

void TestResidenceCardProfile::nothing_readable_before_the_card_number()
{
    auto c = card(Generation::First);
    QCOMPARE(send(*c, "00B08A0000"), QByteArray::fromHex("C101319000"));  // MF/EF02 is free
    send(*c, "00A4040C10D392F0004F0300000000000000000000");
    QCOMPARE(send(*c, "00B0810000"), QByteArray::fromHex("6982"));
    QCOMPARE(send(*c, "08B08100000004960200000000"), QByteArray::fromHex("6982"));
    QCOMPARE(send(*c, "0820008613861101000102030405060708090A0B0C0D0E0F"), QByteArray::fromHex("6982"));
}

void TestResidenceCardProfile::first_generation_keys_refused_by_second_generation()
{
    // §B4: a first-generation authentication on a second-generation card is answered 63 00.
    auto c = card(Generation::Second, QByteArray::fromHex("5A6E7E385162B7A3"));
    send(*c, "0084000008");
    QCOMPARE(c->respond(QByteArray::fromHex("0082000028937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA1AD7FB6A3389E01700")),
             QByteArray::fromHex("6300"));
}

QTEST_GUILESS_MAIN(TestResidenceCardProfile)
#include "tst_ResidenceCardProfile.moc"
