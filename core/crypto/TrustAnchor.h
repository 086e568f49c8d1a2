#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace madoguchi {

// One issuer key or certificate the kiosk trusts, from resources/trust (production) or
// resources/trust-test (the simulator's and J-LIS test hierarchies: demo and tests only).
struct TrustAnchor
{
    QString family;      // folder name: "jpki", "mynumber-ap", "passport", …
    QString name;        // for people: a certificate subject, or a key ID such as "5000033/001"
    QString file;
    bool production = false;
    QByteArray keyId;    // card-verifiable-certificate issuer key ID, where the anchor is a bare key
    QByteArray subjectKeyId;  // the certificate's subject key identifier extension, where it has one
    std::shared_ptr<EVP_PKEY> key;
    std::shared_ptr<X509> certificate;  // null for bare keys

    // "5000033/001 (production)" / "… (TEST anchor)"
    QString label() const
    {
        return name + (production ? QStringLiteral(" (production)") : QStringLiteral(" (TEST anchor)"));
    }
};

} // namespace madoguchi
