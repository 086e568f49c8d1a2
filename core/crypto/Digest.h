#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <openssl/evp.h>

namespace madoguchi {

// A message digest by OpenSSL algorithm (SHA-1 … SHA-512, as EF.SOD or a signature names it).
class Digest
{
public:
    // The digest of `data`; empty when `digest` is null or fails.
    static QByteArray of(const EVP_MD* digest, QByteArrayView data);
};

} // namespace madoguchi
