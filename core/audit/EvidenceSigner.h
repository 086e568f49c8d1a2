#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace madoguchi {

// The terminal's key for signing its 確認記録 (an EC key on P-256 or P-384) and the certificate the
// institution issued for it. The key comes through OpenSSL 3's store, so either a PEM file — which
// must not be readable by anyone but its owner — or a key in a PKCS#11 token or a TPM, named by the
// URI of an OpenSSL provider the administrator configured (docs/ADMIN.md). It never leaves this
// object; signing happens here.
class EvidenceSigner
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSigner)

public:
    static Result<EvidenceSigner, QString> load(const QString& keyLocation, const QString& certificatePath);
    // The file a key location names — the location itself, or the path of a file: URI — or empty
    // for a provider's URI (pkcs11:…, handle:…), which OpenSSL's store resolves.
    static QString keyFile(const QString& keyLocation);

    // COSE_Sign1 over `payload` (CoseSign1), kid = keyId(certificate).
    QByteArray sign(const QByteArray& payload) const;
    const QByteArray& kid() const { return m_kid; }
    // The certificate's subject common name: the terminal, as the verifier names it.
    QString terminalName() const;

    // The certificate's subject key identifier (RFC 5280 §4.2.1.2), or — for a certificate without
    // one — the first 20 bytes of SHA-256 over its SubjectPublicKeyInfo.
    static QByteArray keyIdOf(X509* certificate);
    static QString commonName(X509* certificate);

private:
    std::shared_ptr<EVP_PKEY> m_key;
    std::shared_ptr<X509> m_certificate;
    QByteArray m_kid;
};

} // namespace madoguchi
