#pragma once

#include "core/crypto/OpenSslPtr.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace madoguchi {

// RSA as the Japanese cards use it: PKCS#1 v1.5 signatures (RFC 8017 §8.2), SHA-256.
class Rsa
{
public:
    // A public key from big-endian modulus and exponent (the 91 / 90 objects of a CVC).
    static EvpPkeyPtr publicKey(QByteArrayView modulus, QByteArrayView exponent);
    static EvpPkeyPtr readPublicPem(const QString& path);
    static EvpPkeyPtr readPrivatePem(const QString& path);
    static QByteArray modulus(EVP_PKEY* key);
    static QByteArray publicExponent(EVP_PKEY* key);
    static int sizeInBytes(EVP_PKEY* key);

    // RSASSA-PKCS1-v1_5 with SHA-256 over `message`.
    static bool verifySha256(EVP_PKEY* key, QByteArrayView message, QByteArrayView signature);
    // The payload under PKCS#1 v1.5 type-1 padding (for signatures over a DigestInfo that is not a
    // plain SHA-256 one, as on the 券面AP: mynumber.md §4.2). nullopt when the padding is wrong.
    static std::optional<QByteArray> recover(EVP_PKEY* key, QByteArrayView signature);

    // Signs `payload` with PKCS#1 v1.5 type-1 padding and nothing else, as a card does with
    // COMPUTE DIGITAL SIGNATURE P1 00 (mynumber.md §5): for the virtual cards.
    static QByteArray signPadded(EVP_PKEY* privateKey, QByteArrayView payload);
    static QByteArray signSha256(EVP_PKEY* privateKey, QByteArrayView message);

    // RSAES-OAEP (RFC 8017 §7.1) with SHA-256 as the digest and in MGF1, empty label: the key
    // delivery of the My Number platform's SET SESSION KEY (residence-card-0708.md §5). Empty when
    // the key cannot take the message. decryptOaepSha256: nullopt when the cryptogram is not one.
    static QByteArray encryptOaepSha256(EVP_PKEY* key, QByteArrayView message);
    static std::optional<QByteArray> decryptOaepSha256(EVP_PKEY* privateKey, QByteArrayView cryptogram);

    // DER DigestInfo for SHA-256 (RFC 8017 §9.2 note 1) around `digest` (32 bytes).
    static QByteArray sha256DigestInfo(QByteArrayView digest);
    static QByteArray sha256(QByteArrayView data);
};

} // namespace madoguchi
