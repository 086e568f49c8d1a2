#pragma once

#include <QByteArray>

namespace madoguchi {

// Unpredictable bytes from OpenSSL's DRBG, for challenges and nonces.
class Random
{
public:
    static QByteArray bytes(int count);
};

} // namespace madoguchi
