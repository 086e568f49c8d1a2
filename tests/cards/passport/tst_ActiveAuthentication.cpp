// Active Authentication (passport.md §5): the ISO/IEC 9796-2 message of ICAO 9303-11 Appendix F,
// and round trips with RSA and ECDSA keys made here.

#include "core/cards/passport/ActiveAuthentication.h"
#include "core/crypto/Ecdsa.h"
#include "core/crypto/OpenSslPtr.h"

#include <QTest>

#include <openssl/rsa.h>

using namespace madoguchi;

namespace {

// Appendix F: F = 6A ‖ M1 (106 bytes) ‖ H = SHA-1(M1 ‖ M2) ‖ BC, M2 = RND.IFD.
const QByteArray kF = QByteArray::fromHex(
    "6A9D2784A67F8E7C659973EA1AEA25D95B6C8F91E5002F369F0FBDCE8A3CEC1991B543F1696546C5524CF23A5303CD6C98599F40B79F377B5F3A1406B3B4D8F967"
    "84D23AA88DB7E1032A405E69325FA91A6E86F5C71AEA978264C4A207446DAD4E7292E2DCDA3024B47DA8C063AA1E6D22FBD976AB0FE73D94D2D9C6D88127BC");
const QByteArray kChallenge = QByteArray::fromHex("F173589974BF40C6");

EvpPkeyPtr generate(const char* type, const char* parameter)
{
    EVP_PKEY* key = nullptr;
    if (QByteArrayView(type) == "RSA")
        key = EVP_RSA_gen(1024);
    else
        key = EVP_EC_gen(parameter);
    return EvpPkeyPtr(key);
}

QByteArray der(EVP_PKEY* key)
{
    unsigned char* bytes = nullptr;
    const int size = i2d_PUBKEY(key, &bytes);
    QByteArray out(reinterpret_cast<const char*>(bytes), size);
    OPENSSL_free(bytes);
    return out;
}

} // namespace

class TestActiveAuthentication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void message_of_appendix_f();
    void another_challenge_fails();
    void rsa_round_trip();
    void ecdsa_round_trip();
    void dg15_key();
};

void TestActiveAuthentication::message_of_appendix_f()
{
    QCOMPARE(kF.size(), 128);
    const auto outcome = ActiveAuthentication::checkRecovered(kF, kChallenge);
    QVERIFY2(outcome.valid, qPrintable(outcome.detail));
    QVERIFY(outcome.detail.contains("SHA1", Qt::CaseInsensitive));
}

void TestActiveAuthentication::another_challenge_fails()
{
    QVERIFY(!ActiveAuthentication::checkRecovered(kF, QByteArray::fromHex("F173589974BF40C7")).valid);
    QByteArray trailer = kF;
    trailer[127] = char(0xBD);
    QVERIFY(!ActiveAuthentication::checkRecovered(trailer, kChallenge).valid);
}

void TestActiveAuthentication::rsa_round_trip()
{
    // The signer side, as a chip does it: F with SHA-1 over M1 ‖ challenge, raw RSA.
    EvpPkeyPtr key = generate("RSA", nullptr);
    QByteArray f = kF;
    const QByteArray m1 = f.mid(1, 106);
    QByteArray h(20, '\0');
    QByteArray input = m1 + kChallenge;
    EVP_Digest(input.constData(), size_t(input.size()), reinterpret_cast<unsigned char*>(h.data()), nullptr, EVP_sha1(), nullptr);
    f.replace(107, 20, h);
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    QVERIFY(EVP_PKEY_sign_init(ctx.get()) == 1);
    QVERIFY(EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) == 1);
    QByteArray signature(128, '\0');
    size_t length = 128;
    QVERIFY(EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, reinterpret_cast<const unsigned char*>(f.constData()),
                          size_t(f.size())) == 1);
    QVERIFY(ActiveAuthentication::verify(key.get(), std::nullopt, kChallenge, signature).valid);
    QVERIFY(!ActiveAuthentication::verify(key.get(), std::nullopt, QByteArray(8, '\0'), signature).valid);
}

void TestActiveAuthentication::ecdsa_round_trip()
{
    EvpPkeyPtr key = generate("EC", "P-256");
    const QByteArray signature = Ecdsa::signRaw(key.get(), EVP_sha256(), kChallenge);
    const QByteArray sha256 = QByteArray::fromHex("04007F00070101040103");
    QVERIFY(ActiveAuthentication::verify(key.get(), sha256, kChallenge, signature).valid);
    QVERIFY(!ActiveAuthentication::verify(key.get(), QByteArray::fromHex("04007F00070101040104"), kChallenge, signature).valid);
    QVERIFY(!ActiveAuthentication::verify(key.get(), QByteArray::fromHex("04007F00070101040109"), kChallenge, signature).valid);
}

void TestActiveAuthentication::dg15_key()
{
    EvpPkeyPtr key = generate("EC", "P-256");
    const QByteArray info = der(key.get());
    QByteArray dg15 = QByteArray::fromHex("6F") + char(info.size()) + info;
    const auto parsed = ActiveAuthentication::publicKey(dg15);
    QVERIFY(parsed.ok());
    QCOMPARE(EVP_PKEY_eq(parsed->get(), key.get()), 1);
    QVERIFY(!ActiveAuthentication::publicKey(QByteArray::fromHex("6E00")).ok());
}

QTEST_GUILESS_MAIN(TestActiveAuthentication)
#include "tst_ActiveAuthentication.moc"
