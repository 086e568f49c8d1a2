#pragma once

#include "core/crypto/TrustStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace madoguchi {

// Verifies an X.509 certificate up to one of a family's trust anchors (RFC 5280 path validation by
// OpenSSL), at a given time.
class X509Chain
{
public:
    struct Outcome
    {
        bool valid = false;
        const TrustAnchor* anchor = nullptr;  // the anchor the path ended in
        QString error;                         // why not, in words
        // The path needs an issuer that is not installed (as opposed to one that is installed and
        // does not verify): the check could not be made. `missingIssuer` names it (its DN).
        bool issuerMissing = false;
        QString missingIssuer;
        QDateTime notBefore;
        QDateTime notAfter;
    };

    static Outcome verify(QByteArrayView leafDer, const QList<QByteArray>& intermediatesDer,
                          const QList<const TrustAnchor*>& anchors, const QDateTime& at);
};

} // namespace madoguchi
