#pragma once

#include <QByteArray>
#include <openssl/x509.h>

namespace madoguchi {

// The key identifier extensions of an X.509 certificate (RFC 5280 §4.2.1.1, §4.2.1.2), by which
// issuers and anchors are matched. Empty when the certificate has none.
class X509KeyId
{
public:
    static QByteArray subject(X509* certificate);
    static QByteArray authority(X509* certificate);
};

} // namespace madoguchi
