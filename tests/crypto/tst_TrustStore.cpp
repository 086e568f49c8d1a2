#include "core/base/ResourceLocator.h"
#include "core/crypto/TrustStore.h"
#include "core/crypto/X509Chain.h"

#include <QFile>
#include <QTest>

#include <openssl/pem.h>

using namespace madoguchi;

namespace {

QByteArray pemToDer(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray pem = file.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    unsigned char* der = nullptr;
    const int n = i2d_X509(cert, &der);
    QByteArray out(reinterpret_cast<const char*>(der), n);
    OPENSSL_free(der);
    X509_free(cert);
    return out;
}

const QByteArray k5000033 = QByteArray::fromHex("35303030303333080530303100000000");
const QByteArray k9000033 = QByteArray::fromHex("39303030303333080530303100000000");

} // namespace

class TestTrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void production_only();
    void with_test_anchors();
    void chains_only_to_loaded_anchors();
};

void TestTrustStore::production_only()
{
    const TrustStore store = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")));
    QVERIFY(store.problems().isEmpty());
    QCOMPARE(store.certificates(QStringLiteral("jpki")).size(), 6);
    QCOMPARE(store.certificates(QStringLiteral("passport")).size(), 10);
    const TrustAnchor* textCa = store.byKeyId(QStringLiteral("mynumber-ap"), k5000033);
    QVERIFY(textCa);
    QVERIFY(textCa->production);
    QCOMPARE(textCa->name, QStringLiteral("5000033/001"));
    QVERIFY(!store.byKeyId(QStringLiteral("mynumber-ap"), k9000033));
    QVERIFY(!store.hasTestAnchors());
}

void TestTrustStore::with_test_anchors()
{
    const TrustStore store = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    QVERIFY(store.problems().isEmpty());
    const TrustAnchor* test = store.byKeyId(QStringLiteral("mynumber-ap"), k9000033);
    QVERIFY(test);
    QVERIFY(!test->production);
    QVERIFY(test->label().contains(QLatin1String("TEST")));
    // The J-LIS test hierarchy is a test anchor too, never production.
    QVERIFY(!store.byKeyId(QStringLiteral("mynumber-ap"), QByteArray::fromHex("36303030303333080530303100000000"))->production);
    QVERIFY(store.hasTestAnchors());
    // Licence signer certificates are found by their subject key identifier (drivers-licence.md §A5).
    const TrustAnchor* signer = store.bySubjectKeyId(QStringLiteral("licence"), QByteArray::fromHex("BC4A3006B202410E58ECF338D863A18D1CFB850D"));
    QVERIFY(signer);
    QVERIFY(!signer->production);
    QVERIFY(signer->name.contains(QLatin1String("MADOGUCHI TEST PSC SIGNER")));
    QVERIFY(!store.bySubjectKeyId(QStringLiteral("jpki"), signer->subjectKeyId));
}

void TestTrustStore::chains_only_to_loaded_anchors()
{
    const QByteArray leaf = pemToDer(ResourceLocator::path(QStringLiteral("testpki/jpki-card-auth.pem")));
    const QByteArray ca = pemToDer(ResourceLocator::path(QStringLiteral("testpki/jpki-auth-ca.pem")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TrustStore production = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")));
    auto outcome = X509Chain::verify(leaf, {ca}, production.certificates(QStringLiteral("jpki")), now);
    QVERIFY(!outcome.valid);  // a card CA certificate is not a trust anchor by being on the card
    QVERIFY(!outcome.error.isEmpty());
    // The root it needs is not installed: a check that could not be made, naming the issuer.
    QVERIFY(outcome.issuerMissing);
    QVERIFY2(outcome.missingIssuer.contains(QLatin1String("O=madoguchi TEST")), qPrintable(outcome.missingIssuer));

    const TrustStore demo = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    outcome = X509Chain::verify(leaf, {ca}, demo.certificates(QStringLiteral("jpki")), now);
    QVERIFY2(outcome.valid, qPrintable(outcome.error));
    QVERIFY(!outcome.anchor->production);
    QVERIFY(outcome.notAfter > now);

    outcome = X509Chain::verify(leaf, {ca}, demo.certificates(QStringLiteral("jpki")), now.addYears(20));
    QVERIFY(!outcome.valid);
    QVERIFY(outcome.error.contains(QLatin1String("expired")));
    QVERIFY(!outcome.issuerMissing);  // an expired path is a failure, not a missing issuer
    // A signer that signs itself was issued by no one: a failure, not a missing issuer.
    outcome = X509Chain::verify(pemToDer(ResourceLocator::path(QStringLiteral("testpki/passport-ds-rogue.pem"))), {},
                                demo.certificates(QStringLiteral("passport")), now);
    QVERIFY(!outcome.valid);
    QVERIFY(!outcome.issuerMissing);
    QVERIFY(!X509Chain::verify(QByteArray::fromHex("3082"), {}, demo.certificates(QStringLiteral("jpki")), now).valid);
}

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_TrustStore.moc"
