#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <openssl/evp.h>

#include <optional>

namespace madoguchi {

// EF.SOD (passport.md §5; ICAO 9303-10 §4.6.2): 77 { ContentInfo signedData } around an
// LDSSecurityObject (2.23.136.1.1.1) with the hash of each data group. parse() checks the CMS signature
// with the document signer certificate it carries (signed attributes, message digest, RSA PKCS#1 v1.5 /
// PSS or ECDSA; SHA-1 accepted for old documents, §5 DPRCTD-SHA1) and reads the hashes even when the
// signature is wrong, so that every check can still be reported. The DS certificate's chain to a CSCA
// is the reader's step, at the signing time.
class SecurityObject
{
    Q_DECLARE_TR_FUNCTIONS(SecurityObject)

public:
    static Result<SecurityObject, QString> parse(QByteArrayView sod);

    const QMap<int, QByteArray>& hashes() const { return m_hashes; }
    const EVP_MD* digest() const { return m_digest; }
    QString digestName() const;
    bool signatureValid() const { return m_signatureValid; }
    const QString& signatureError() const { return m_signatureError; }
    const QByteArray& signerCertificate() const { return m_signer; }  // DER; empty when the SOD has none
    std::optional<QDateTime> signingTime() const { return m_signingTime; }

private:
    QMap<int, QByteArray> m_hashes;
    const EVP_MD* m_digest = nullptr;
    bool m_signatureValid = false;
    QString m_signatureError;
    QByteArray m_signer;
    std::optional<QDateTime> m_signingTime;
};

} // namespace madoguchi
