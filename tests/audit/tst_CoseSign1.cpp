#include "core/audit/CoseSign1.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

#include <openssl/ec.h>

using namespace madoguchi;

// COSE_Sign1 as RFC 9052 builds it: the structure, the Sig_structure that is signed, ES256 and
// ES384, and that any change to the payload, the header or the key is refused.
class TestCoseSign1 : public QObject
{
    Q_OBJECT

private:
    static EvpPkeyPtr key(const char* curve) { return EvpPkeyPtr(EVP_EC_gen(curve)); }

private Q_SLOTS:
    void signs_and_verifies_data();
    void signs_and_verifies();
    void the_structure_is_rfc_9052();
    void changes_are_refused();
    void not_cose_is_said();
};

void TestCoseSign1::signs_and_verifies_data()
{
    QTest::addColumn<QByteArray>("curve");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("signatureSize");
    QTest::newRow("P-256 → ES256") << QByteArray("P-256") << CoseSign1::kEs256 << 64;
    QTest::newRow("P-384 → ES384") << QByteArray("P-384") << CoseSign1::kEs384 << 96;
}

void TestCoseSign1::signs_and_verifies()
{
    QFETCH(QByteArray, curve);
    QFETCH(int, algorithm);
    QFETCH(int, signatureSize);
    const EvpPkeyPtr signer = key(curve.constData());
    const QByteArray cose = CoseSign1::sign(signer.get(), "kid-1", "payload bytes");
    const auto message = CoseSign1::parse(cose);
    QVERIFY(message.ok());
    QCOMPARE(message->algorithm, algorithm);
    QCOMPARE(message->kid, QByteArray("kid-1"));
    QCOMPARE(message->payload, QByteArray("payload bytes"));
    QCOMPARE(message->signature.size(), signatureSize);
    QVERIFY(CoseSign1::verify(*message, signer.get()));
    QVERIFY(!CoseSign1::verify(*message, key(curve.constData()).get()));  // another key
}

void TestCoseSign1::the_structure_is_rfc_9052()
{
    const EvpPkeyPtr signer = key("P-256");
    const QCborValue value = QCborValue::fromCbor(CoseSign1::sign(signer.get(), "k", "p"));
    QVERIFY(value.isTag());
    QCOMPARE(value.tag(), QCborKnownTags::COSE_Sign1);  // tag 18
    const QCborArray array = value.taggedValue().toArray();
    QCOMPARE(array.size(), 4);
    QCOMPARE(array[0].toByteArray(), QByteArray::fromHex("A10126"));  // << {1: -7} >>
    QCOMPARE(array[1].toMap().value(4).toByteArray(), QByteArray("k"));
    // §4.4: ["Signature1", protected, external_aad h'', payload]
    QCOMPARE(CoseSign1::toBeSigned(QByteArray::fromHex("A10126"), "p").toHex().toUpper(),
             QByteArray("846A5369676E617475726531" "43A10126" "40" "4170"));
}

void TestCoseSign1::changes_are_refused()
{
    const EvpPkeyPtr signer = key("P-256");
    auto message = CoseSign1::parse(CoseSign1::sign(signer.get(), "k", "the record")).value();
    auto payload = message;
    payload.payload[4] = 'X';
    QVERIFY(!CoseSign1::verify(payload, signer.get()));
    auto header = message;
    header.protectedHeader = QByteArray::fromHex("A10138 22");  // ES384 claimed for a P-256 signature
    QVERIFY(!CoseSign1::verify(header, signer.get()));
    auto signature = message;
    signature.signature[10] = char(signature.signature[10] ^ 1);
    QVERIFY(!CoseSign1::verify(signature, signer.get()));
    QVERIFY(CoseSign1::verify(message, signer.get()));
}

void TestCoseSign1::not_cose_is_said()
{
    QVERIFY(!CoseSign1::parse("not cbor at all \xff").ok());
    QVERIFY(!CoseSign1::parse(QCborValue(QCborArray{1, 2}).toCbor()).ok());
    // A COSE_Sign1 with an algorithm other than ES256/ES384 (here EdDSA, -8).
    const QCborArray other{QCborMap{{1, -8}}.toCborValue().toCbor(), QCborMap(), QByteArray("p"), QByteArray(64, 'x')};
    QVERIFY(!CoseSign1::parse(QCborValue(QCborKnownTags::COSE_Sign1, other).toCbor()).ok());
}

QTEST_GUILESS_MAIN(TestCoseSign1)
#include "tst_CoseSign1.moc"
