#include "core/audit/CoseSign1.h"

#include "core/crypto/Ecdsa.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace madoguchi {
namespace {

constexpr int kHeaderAlgorithm = 1;  // RFC 9052 §3.1: alg
constexpr int kHeaderKid = 4;        // kid

// The algorithm for a key of `scalarSize`-byte coordinates, and its digest.
int algorithmFor(int scalarSize)
{
    return scalarSize == 32 ? CoseSign1::kEs256 : scalarSize == 48 ? CoseSign1::kEs384 : 0;
}

const EVP_MD* digestOf(int algorithm)
{
    return algorithm == CoseSign1::kEs256 ? EVP_sha256() : algorithm == CoseSign1::kEs384 ? EVP_sha384() : nullptr;
}

} // namespace

QByteArray CoseSign1::toBeSigned(const QByteArray& protectedHeader, const QByteArray& payload)
{
    return QCborArray{QStringLiteral("Signature1"), protectedHeader, QByteArray(), payload}.toCborValue().toCbor();
}

QByteArray CoseSign1::sign(EVP_PKEY* key, const QByteArray& kid, const QByteArray& payload)
{
    const int algorithm = key ? algorithmFor(Ecdsa::scalarSize(key)) : 0;
    if (!algorithm)
        return {};
    const QByteArray protectedHeader = QCborMap{{kHeaderAlgorithm, algorithm}}.toCborValue().toCbor();
    const QByteArray signature = Ecdsa::signRaw(key, digestOf(algorithm), toBeSigned(protectedHeader, payload));
    if (signature.isEmpty())
        return {};
    const QCborArray message{protectedHeader, QCborMap{{kHeaderKid, kid}}, payload, signature};
    return QCborValue(QCborKnownTags::COSE_Sign1, message).toCbor();
}

Result<CoseSign1::Message, QString> CoseSign1::parse(QByteArrayView bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes.toByteArray(), &error);
    if (error.error != QCborError::NoError)
        return tr("not CBOR: %1").arg(error.errorString());
    const QCborValue body = value.isTag() ? value.taggedValue() : value;
    if (value.isTag() && value.tag() != QCborKnownTags::COSE_Sign1)
        return tr("a CBOR tag other than COSE_Sign1 (18)");
    const QCborArray array = body.toArray();
    if (!body.isArray() || array.size() != 4 || !array[0].isByteArray() || !array[1].isMap() || !array[2].isByteArray() || !array[3].isByteArray())
        return tr("not a COSE_Sign1 [protected, unprotected, payload, signature]");
    Message message;
    message.protectedHeader = array[0].toByteArray();
    const QCborMap header = QCborValue::fromCbor(message.protectedHeader).toMap();
    message.algorithm = int(header.value(kHeaderAlgorithm).toInteger());
    if (!digestOf(message.algorithm))
        return tr("algorithm %1 is not ES256 or ES384").arg(message.algorithm);
    message.kid = array[1].toMap().value(kHeaderKid).toByteArray();
    message.payload = array[2].toByteArray();
    message.signature = array[3].toByteArray();
    return message;
}

bool CoseSign1::verify(const Message& message, EVP_PKEY* publicKey)
{
    const EVP_MD* digest = digestOf(message.algorithm);
    if (!publicKey || !digest || algorithmFor(Ecdsa::scalarSize(publicKey)) != message.algorithm
        || message.signature.size() != 2 * Ecdsa::scalarSize(publicKey))
        return false;
    return Ecdsa::verify(publicKey, digest, toBeSigned(message.protectedHeader, message.payload), message.signature);
}

} // namespace madoguchi
