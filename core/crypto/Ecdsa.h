#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/evp.h>

namespace madoguchi {

// ECDSA with SHA-256 as the cards use it (residence-card.md §B4; passport.md Active Authentication):
// signatures as plain r ‖ s, each the size of the curve's order (96 bytes on P-384), or DER.
class Ecdsa
{
public:
    // Bytes of r (and of s) for the key's curve: 48 for P-384.
    static int scalarSize(EVP_PKEY* key);
    // Verifies `signature` — r ‖ s of 2 × scalarSize bytes, or a DER ECDSA-Sig-Value — over SHA-256(message).
    static bool verifySha256(EVP_PKEY* key, QByteArrayView message, QByteArrayView signature);
    // The same over `digest`(message): the passport's ECDSA Active Authentication names its hash.
    static bool verify(EVP_PKEY* key, const EVP_MD* digest, QByteArrayView message, QByteArrayView signature);
    // r ‖ s over SHA-256(message) / digest(message): for the virtual cards.
    static QByteArray signSha256Raw(EVP_PKEY* privateKey, QByteArrayView message);
    static QByteArray signRaw(EVP_PKEY* privateKey, const EVP_MD* digest, QByteArrayView message);
};

} // namespace madoguchi
