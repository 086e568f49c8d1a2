#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <openssl/evp.h>

#include <optional>

namespace madoguchi {

// Active Authentication (passport.md §5; ICAO 9303-11 §6.1, Appendix F): the chip signs the
// terminal's 8-byte challenge with the private key whose public half is in DG15. RSA signatures use
// ISO/IEC 9796-2 scheme 1 (partial message recovery; trailer BC for SHA-1 or xx CC naming the hash);
// ECDSA signatures are plain r ‖ s with the hash named by DG14's ActiveAuthenticationInfo.
class ActiveAuthentication
{
    Q_DECLARE_TR_FUNCTIONS(ActiveAuthentication)

public:
    struct Outcome
    {
        bool valid = false;
        QString detail;  // the scheme in words ("RSA ISO/IEC 9796-2, SHA-1"), or why it failed
    };

    // Verifies `signature` over `challenge` with the DG15 key. `ecdsaAlgorithm` is the DG14
    // ActiveAuthenticationInfo algorithm OID (content bytes), for EC keys. Returns the scheme in
    // words or why it failed.
    static Outcome verify(EVP_PKEY* key, std::optional<QByteArray> ecdsaAlgorithm, QByteArrayView challenge,
                                          QByteArrayView signature);
    // The ISO/IEC 9796-2 check on a recovered message F = 6A ‖ M1 ‖ H ‖ trailer: H = hash(M1 ‖ M2).
    static Outcome checkRecovered(QByteArrayView recovered, QByteArrayView challenge);
    // The DG15 public key (6F { SubjectPublicKeyInfo }).
    static Result<std::shared_ptr<EVP_PKEY>, QString> publicKey(QByteArrayView dg15);
};

} // namespace madoguchi
