#include "core/base/ResourceLocator.h"
#include "core/crypto/Ecdsa.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/Rsa.h"

#include <QTest>

#include <openssl/ecdsa.h>

using namespace madoguchi;

class TestEcdsa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raw_and_der_signatures_verify();
    void anything_else_fails();
};

namespace {

EvpPkeyPtr testKey()
{
    return Rsa::readPrivatePem(ResourceLocator::path(QStringLiteral("testpki/residence-card2.key")));
}

QByteArray toDer(const QByteArray& raw)
{
    const int half = int(raw.size() / 2);
    ECDSA_SIG* sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(reinterpret_cast<const uchar*>(raw.constData()), half, nullptr),
                   BN_bin2bn(reinterpret_cast<const uchar*>(raw.constData()) + half, half, nullptr));
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

} // namespace

void TestEcdsa::raw_and_der_signatures_verify()
{
    const EvpPkeyPtr key = testKey();
    QVERIFY(key);
    QCOMPARE(Ecdsa::scalarSize(key.get()), 48);  // P-384 (residence-card.md §B4: DC is 96 bytes)
    const QByteArray message = "printed entries ‖ photo ‖ name image";
    const QByteArray raw = Ecdsa::signSha256Raw(key.get(), message);
    QCOMPARE(raw.size(), 96);
    QVERIFY(Ecdsa::verifySha256(key.get(), message, raw));
    QVERIFY(Ecdsa::verifySha256(key.get(), message, toDer(raw)));
}

void TestEcdsa::anything_else_fails()
{
    const EvpPkeyPtr key = testKey();
    const QByteArray message = "data";
    QByteArray raw = Ecdsa::signSha256Raw(key.get(), message);
    QVERIFY(!Ecdsa::verifySha256(key.get(), "other data", raw));
    QVERIFY(!Ecdsa::verifySha256(key.get(), message, raw.left(95)));
    QVERIFY(!Ecdsa::verifySha256(key.get(), message, toDer(raw) + '\0'));  // DER with a byte after it
    raw[10] = char(raw[10] ^ 1);
    QVERIFY(!Ecdsa::verifySha256(key.get(), message, raw));
    // An RSA key is no ECDSA key.
    const EvpPkeyPtr rsa = Rsa::readPrivatePem(ResourceLocator::path(QStringLiteral("testpki/residence-card.key")));
    QCOMPARE(Ecdsa::scalarSize(rsa.get()), 0);
    QVERIFY(!Ecdsa::verifySha256(rsa.get(), message, raw));
}

QTEST_GUILESS_MAIN(TestEcdsa)
#include "tst_Ecdsa.moc"
