#pragma once

#include "core/base/Result.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <openssl/evp.h>

namespace madoguchi {

// An RSA public key as the My Number card stores it: 90 exponent, 91 modulus (mynumber.md §3.5;
// the same objects in 0007 DF51 and in the 券面 DF24).
class RsaKeyObjects
{
public:
    static Result<std::shared_ptr<EVP_PKEY>, QString> parse(QByteArrayView objects);
};

} // namespace madoguchi
