#pragma once

#include "core/base/Result.h"
#include "core/crypto/OpenSslPtr.h"

#include <QByteArray>
#include <QCoreApplication>

namespace madoguchi {

// The card-verifiable certificate of a 券面 AP (EF 0004), mynumber.md §3.5:
// 7F21 { 5F4E body (16-byte issuer key ID ‖ 16-byte subject key ID ‖ 90 exponent ‖ 91 modulus),
//        5F37 RSA-2048 PKCS#1 v1.5 SHA-256 signature over the body }.
// The issuer's key is not on the card: it comes from the trust store, found by issuer key ID.
class CardVerifiableCertificate
{
    Q_DECLARE_TR_FUNCTIONS(CardVerifiableCertificate)

public:
    static Result<CardVerifiableCertificate, QString> parse(QByteArrayView file);

    const QByteArray& issuerKeyId() const { return m_issuerKeyId; }
    const QByteArray& subjectKeyId() const { return m_subjectKeyId; }
    EVP_PKEY* publicKey() const { return m_publicKey.get(); }
    bool verifyWith(EVP_PKEY* issuerKey) const;

    // "5000033/001" from the key-ID layout: 7 ASCII digits, 08 05, 3 ASCII digits, padding.
    static QString keyIdText(const QByteArray& keyId);

private:
    QByteArray m_body;
    QByteArray m_signature;
    QByteArray m_issuerKeyId;
    QByteArray m_subjectKeyId;
    std::shared_ptr<EVP_PKEY> m_publicKey;
};

} // namespace madoguchi
