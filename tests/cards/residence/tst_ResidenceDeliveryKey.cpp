#include "core/apdu/BerTlv.h"
#include "core/cards/residence/ResidenceDeliveryKey.h"
#include "core/crypto/OpenSslPtr.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace madoguchi;
using Encoding = ResidenceDeliveryKey::Encoding;

namespace {

QByteArray der(int (*encode)(const EVP_PKEY*, unsigned char**), const EVP_PKEY* key)
{
    unsigned char* out = nullptr;
    const int n = encode(key, &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), n);
    OPENSSL_free(out);
    return bytes;
}

QByteArray pem(const char* name, const QByteArray& body)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio(bio.get(), name, "", reinterpret_cast<const unsigned char*>(body.constData()), long(body.size()));
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, n);
}

QByteArray number(const EVP_PKEY* key, const char* name)
{
    BIGNUM* bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    QByteArray bytes(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(bytes.data()));
    BN_free(bn);
    return bytes;
}

} // namespace

// residence-card-0708.md §4: the delivery key file, in each encoding the ISA's .bin may have.
class TestResidenceDeliveryKey : public QObject
{
    Q_OBJECT

private:
    EvpPkeyPtr m_key{EVP_RSA_gen(2048)};

private Q_SLOTS:
    void every_encoding_data();
    void every_encoding();
    void what_is_not_a_delivery_key_data();
    void what_is_not_a_delivery_key();
    void installed_beside_the_anchors();
};

void TestResidenceDeliveryKey::every_encoding_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("encoding");
    const QByteArray spki = der(i2d_PUBKEY, m_key.get());
    const QByteArray pkcs1 = der(i2d_PublicKey, m_key.get());
    const QByteArray n = number(m_key.get(), OSSL_PKEY_PARAM_RSA_N);
    const QByteArray e = number(m_key.get(), OSSL_PKEY_PARAM_RSA_E);
    QTest::newRow("DER SubjectPublicKeyInfo (30 82 01 22)") << spki << int(Encoding::SubjectPublicKeyInfo);
    QTest::newRow("DER PKCS#1 (30 82 01 0A)") << pkcs1 << int(Encoding::Pkcs1);
    QTest::newRow("PEM PUBLIC KEY") << pem("PUBLIC KEY", spki) << int(Encoding::Pem);
    QTest::newRow("PEM RSA PUBLIC KEY") << pem("RSA PUBLIC KEY", pkcs1) << int(Encoding::Pem);
    // §5: the text AP's EF 0006, A1 { 90 e, 91 n }.
    QTest::newRow("JICSAP A1 { 90, 91 }") << BerTlv::encode(0xA1, BerTlv::encode(0x90, e) + BerTlv::encode(0x91, n)) << int(Encoding::JicsapObjects);
    QTest::newRow("bare modulus") << n << int(Encoding::BareModulus);
    QVERIFY(spki.startsWith(QByteArray::fromHex("30820122")) && pkcs1.startsWith(QByteArray::fromHex("3082010A")));
}

void TestResidenceDeliveryKey::every_encoding()
{
    QFETCH(QByteArray, file);
    QFETCH(int, encoding);
    const auto key = ResidenceDeliveryKey::parse(file);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error()));
    QCOMPARE(int(key->encoding()), encoding);
    QCOMPARE(EVP_PKEY_eq(key->key(), m_key.get()), 1);
    QVERIFY(!key->isProduction());  // only the ISA's own file has its SHA-256
    QVERIFY(key->describe().contains(QLatin1String("not the ISA's production key")));
}

void TestResidenceDeliveryKey::what_is_not_a_delivery_key_data()
{
    QTest::addColumn<QByteArray>("file");
    EvpPkeyPtr small(EVP_RSA_gen(1024));
    EvpPkeyPtr ec(EVP_EC_gen("P-256"));
    const QByteArray spki = der(i2d_PUBKEY, m_key.get());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("RSA-1024") << der(i2d_PUBKEY, small.get());
    QTest::newRow("an EC key") << der(i2d_PUBKEY, ec.get());
    QTest::newRow("cut short") << spki.left(200);
    QTest::newRow("trailing bytes") << spki + QByteArray(4, '\0');
    QTest::newRow("PEM of something else") << pem("CERTIFICATE", spki);
    QTest::newRow("A1 without a modulus") << BerTlv::encode(0xA1, BerTlv::encode(0x90, QByteArray::fromHex("010001")));
    QTest::newRow("255 bytes") << QByteArray(255, '\xC3');
}

void TestResidenceDeliveryKey::what_is_not_a_delivery_key()
{
    QFETCH(QByteArray, file);
    QVERIFY(!ResidenceDeliveryKey::parse(file).ok());
}

void TestResidenceDeliveryKey::installed_beside_the_anchors()
{
    QTemporaryDir dir;
    QVERIFY(ResidenceDeliveryKey::installed(TrustStore::load(dir.path())).error().contains(QLatin1String("residence-card/delivery/")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("residence-card/delivery")));
    QFile file(dir.filePath(QStringLiteral("residence-card/delivery/keys_smrsapub_001.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(der(i2d_PublicKey, m_key.get()));
    file.close();
    const auto key = ResidenceDeliveryKey::installed(TrustStore::load(dir.path()));
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error()));
    QVERIFY(key->describe().startsWith(file.fileName()));
    QCOMPARE(key->encoding(), Encoding::Pkcs1);
}

QTEST_GUILESS_MAIN(TestResidenceDeliveryKey)
#include "tst_ResidenceDeliveryKey.moc"
