// ICAO Doc 9303-11 Appendix G.1 (passport.md §3): PACE ECDH generic mapping, AES-128,
// brainpoolP256r1 — every APDU the terminal sends, byte for byte, and the session keys.

#include "core/cards/passport/PaceProtocol.h"
#include "core/crypto/BlockCipher.h"
#include "tests/support/ScriptedReader.h"

#include <QTest>

using namespace madoguchi;

namespace {

const char* kPkMapIfd = "047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D";
const char* kPkMapIc = "04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F5730D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54";
const char* kPkIfd = "042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462";
const char* kPkIc = "049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094";

} // namespace

class TestPaceProtocol : public QObject
{
    Q_OBJECT

private:
    static SecurityInfos::Pace appendixG1Info()
    {
        // EF.CardAccess 3114 3012 060A04007F00070202040202 020102 02010D
        auto infos = SecurityInfos::parse(QByteArray::fromHex("31143012060A04007F0007020204020202010202010D"));
        return infos->pace.value(0);
    }
    static PaceProtocol::Password mrzPassword()
    {
        return {PaceProtocol::Password::Kind::Mrz, SecureBytes(QByteArrayView("T22000129364081251010318"))};
    }
    ScriptedReader m_reader;

private Q_SLOTS:
    void card_access_of_appendix_g1();
    void password_key_of_appendix_g1();
    void every_apdu_of_appendix_g1();
    void wrong_password_is_a_refusal();
    void integrated_mapping_is_not_supported();
};

void TestPaceProtocol::card_access_of_appendix_g1()
{
    const SecurityInfos::Pace info = appendixG1Info();
    QCOMPARE(info.protocol.toHex().toUpper(), QByteArray("04007F00070202040202"));
    QCOMPARE(info.version, 2);
    QCOMPARE(info.parameterId, std::optional<int>(13));
    QCOMPARE(info.cipher, IcaoKdf::Cipher::Aes128);
    QCOMPARE(info.mapping, SecurityInfos::Mapping::Generic);
    QCOMPARE(SecurityInfos::describe(info), QString("ECDH-GM AES-128"));
}

void TestPaceProtocol::password_key_of_appendix_g1()
{
    QCOMPARE(PaceProtocol::passwordKey(mrzPassword(), IcaoKdf::Cipher::Aes128).toHex().toUpper(), QByteArray("89DED1B26624EC1E634C1989302849DD"));
    const QByteArray nonce = BlockCipher::decryptCbc(BlockCipher::Algorithm::Aes, QByteArray::fromHex("89DED1B26624EC1E634C1989302849DD"),
                                                     QByteArray::fromHex("95A3A016522EE98D01E76CB6B98B42C3"));
    QCOMPARE(nonce.toHex().toUpper(), QByteArray("3F00C4D39D153F2B2A214A078D899B22"));
}

void TestPaceProtocol::every_apdu_of_appendix_g1()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("0022C1A40F800A04007F00070202040202830101", "9000");
    card->expect("10860000027C0000", "7C12801095A3A016522EE98D01E76CB6B98B42C39000");
    card->expect(QByteArray("10860000457C438141") + kPkMapIfd + "00", QByteArray("7C438241") + kPkMapIc + "9000");
    card->expect(QByteArray("10860000457C438341") + kPkIfd + "00", QByteArray("7C438441") + kPkIc + "9000");
    card->expect("008600000C7C0A8508C2B0BD78D94BA86600", "7C0A86083ABB9674BCE93C089000");
    auto channel = m_reader.connect(card);
    auto access = PaceProtocol::run(*channel, appendixG1Info(), false, mrzPassword(),
                                    {QByteArray::fromHex("7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99"),
                                     QByteArray::fromHex("A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595")});
    QVERIFY2(access.ok(), access.ok() ? "" : qPrintable(access.error().describe()));
    QCOMPARE(access->status, PassportAccess::Status::Established);
    QVERIFY(card->allConsumed());
    QCOMPARE(access->session->algorithm(), BlockCipher::Algorithm::Aes);
    QCOMPARE(access->session->ssc(), QByteArray(16, '\0'));
    // passport.md §2, self-derived cross-check with the G.1 session keys: the protected SELECT 011E.
    const CommandApdu select = access->session->protect(CommandApdu(0x00, 0xA4, 0x02, 0x0C, QByteArray::fromHex("011E")));
    QCOMPARE(select.encode().toHex().toUpper(), QByteArray("0CA4020C1D871101EE0E4724F4465C1BE9C2F73ABDD73A3D8E08835D1B54575C955F00"));
    QCOMPARE(PaceProtocol::authenticationToken(IcaoKdf::Cipher::Aes128, QByteArray::fromHex("FE251C7858B356B24514B3BD5F4297D1"),
                                               QByteArray::fromHex("04007F00070202040202"), QByteArray::fromHex(kPkIc))
                 .toHex()
                 .toUpper(),
             QByteArray("C2B0BD78D94BA866"));
}

void TestPaceProtocol::wrong_password_is_a_refusal()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("0022C1A40F800A04007F00070202040202830101", "9000");
    card->expect("10860000027C0000", "7C12801095A3A016522EE98D01E76CB6B98B42C39000");
    card->expect("", QByteArray("7C438241") + kPkMapIc + "9000");
    card->expect("", QByteArray("7C438441") + kPkIc + "9000");
    card->expect("", "6300");
    auto channel = m_reader.connect(card);
    PaceProtocol::Password password{PaceProtocol::Password::Kind::Mrz, SecureBytes(QByteArrayView("T22000129364081251010319"))};
    auto access = PaceProtocol::run(*channel, appendixG1Info(), false, password);
    QVERIFY(access.ok());
    QCOMPARE(access->status, PassportAccess::Status::Rejected);
}

void TestPaceProtocol::integrated_mapping_is_not_supported()
{
    SecurityInfos::Pace info = appendixG1Info();
    info.mapping = SecurityInfos::Mapping::Integrated;
    auto card = std::make_shared<ScriptedResponder>();
    auto channel = m_reader.connect(card);
    auto access = PaceProtocol::run(*channel, info, false, mrzPassword());
    QVERIFY(access.ok());
    QCOMPARE(access->status, PassportAccess::Status::NotSupported);
    QVERIFY(card->received().isEmpty());
}

QTEST_GUILESS_MAIN(TestPaceProtocol)
#include "tst_PaceProtocol.moc"
