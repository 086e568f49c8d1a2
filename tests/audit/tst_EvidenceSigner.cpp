#include "core/audit/CoseSign1.h"
#include "core/audit/EvidenceSigner.h"
#include "core/base/ResourceLocator.h"
#include "tests/support/TestSigner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

// The terminal's signing key: loaded from a file only its owner can read, matched to its
// certificate, named by the certificate's key identifier.
class TestEvidenceSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signs_with_the_certificates_key();
    void refuses_a_key_others_can_read();
    void refuses_a_certificate_of_another_key();
    void refuses_what_is_not_an_ec_key();
    void tells_a_file_from_a_provider_uri();
};

void TestEvidenceSigner::signs_with_the_certificates_key()
{
    QTemporaryDir dir;
    const auto signer = testSigner(dir);
    QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error()));
    QCOMPARE(signer->terminalName(), QStringLiteral("KIOSK-01"));
    // The certificate's subject key identifier (openssl x509 -text: 50:7B:BF:0F:…).
    QCOMPARE(signer->kid().toHex().toUpper(), QByteArray("507BBF0F6CF1DACAC0E2D19797C8FA4695EB5F36"));
    const auto message = CoseSign1::parse(signer->sign("record"));
    QVERIFY(message.ok());
    QCOMPARE(message->kid, signer->kid());
    QCOMPARE(message->algorithm, CoseSign1::kEs256);
}

void TestEvidenceSigner::refuses_a_key_others_can_read()
{
    QTemporaryDir dir;
    QVERIFY(testSigner(dir).ok());
    const QString key = dir.filePath(QStringLiteral("evidence-terminal.key"));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const auto refused = EvidenceSigner::load(key, ResourceLocator::path(QStringLiteral("testpki/evidence-terminal.pem")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("chmod 600")), qPrintable(refused.error()));
    QVERIFY(!EvidenceSigner::load(dir.filePath(QStringLiteral("missing.key")), QString()).ok());
}

void TestEvidenceSigner::refuses_a_certificate_of_another_key()
{
    QTemporaryDir dir;
    QVERIFY(testSigner(dir).ok());
    const auto mismatched = EvidenceSigner::load(dir.filePath(QStringLiteral("evidence-terminal.key")),
                                                 ResourceLocator::path(QStringLiteral("testpki/evidence-rogue.pem")));
    QVERIFY(!mismatched.ok());
    QVERIFY2(mismatched.error().contains(QLatin1String("not the signing key's")), qPrintable(mismatched.error()));
}

void TestEvidenceSigner::refuses_what_is_not_an_ec_key()
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("rsa.key"));
    QVERIFY(QFile::copy(ResourceLocator::path(QStringLiteral("testpki/licence-signer.key")), key));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
    const auto refused = EvidenceSigner::load(key, ResourceLocator::path(QStringLiteral("testpki/licence-signer.pem")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("P-256 or P-384")), qPrintable(refused.error()));
}

void TestEvidenceSigner::tells_a_file_from_a_provider_uri()
{
    // One rule for the settings check and the loader: a file is checked for its permissions.
    QCOMPARE(EvidenceSigner::keyFile(QStringLiteral("/etc/madoguchi/evidence/terminal.key")), QStringLiteral("/etc/madoguchi/evidence/terminal.key"));
    QCOMPARE(EvidenceSigner::keyFile(QStringLiteral("/etc/madoguchi/a:b.key")), QStringLiteral("/etc/madoguchi/a:b.key"));
    QCOMPARE(EvidenceSigner::keyFile(QStringLiteral("file:/etc/madoguchi/t.key")), QStringLiteral("/etc/madoguchi/t.key"));
    QCOMPARE(EvidenceSigner::keyFile(QStringLiteral("handle:0x81000002")), QString());
    QCOMPARE(EvidenceSigner::keyFile(QStringLiteral("pkcs11:token=kiosk;object=madoguchi")), QString());
    // A key file whose name holds a colon is still a file, and its permissions are checked.
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("terminal:1.key"));
    QVERIFY(QFile::copy(ResourceLocator::path(QStringLiteral("testpki/evidence-terminal.key")), key));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const auto refused = EvidenceSigner::load(key, ResourceLocator::path(QStringLiteral("testpki/evidence-terminal.pem")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("chmod 600")), qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestEvidenceSigner)
#include "tst_EvidenceSigner.moc"
