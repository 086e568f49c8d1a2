#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <openssl/evp.h>

namespace madoguchi {

// COSE_Sign1 (RFC 9052 §4.2, tag 18) with ECDSA: ES256 on P-256, ES384 on P-384 (RFC 9053 §2.1,
// signature r ‖ s). The protected header holds the algorithm, the unprotected one the signer's key
// id (`kid`, label 4); no external data.
class CoseSign1
{
    Q_DECLARE_TR_FUNCTIONS(CoseSign1)

public:
    // RFC 9053 §2.1 algorithm values.
    static constexpr int kEs256 = -7;
    static constexpr int kEs384 = -35;

    struct Message
    {
        QByteArray protectedHeader;  // as received: the bytes the signature covers
        int algorithm = 0;
        QByteArray kid;
        QByteArray payload;
        QByteArray signature;
    };

    // The whole tagged COSE_Sign1; empty when `key` is not a P-256 or P-384 private key.
    static QByteArray sign(EVP_PKEY* key, const QByteArray& kid, const QByteArray& payload);
    // The structure only; says what is wrong with it.
    static Result<Message, QString> parse(QByteArrayView bytes);
    // The signature of `message` under `publicKey`, whose curve must be the algorithm's.
    static bool verify(const Message& message, EVP_PKEY* publicKey);
    // Sig_structure = ["Signature1", protected, h'', payload] (§4.4), CBOR-encoded: what is signed.
    static QByteArray toBeSigned(const QByteArray& protectedHeader, const QByteArray& payload);
};

} // namespace madoguchi
