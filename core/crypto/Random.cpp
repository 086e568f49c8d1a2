#include "core/crypto/Random.h"

#include <openssl/rand.h>

#include <stdexcept>

namespace madoguchi {

QByteArray Random::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    // A failing DRBG leaves nothing safe to do: challenges must never be predictable.
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        throw std::runtime_error("OpenSSL random generator failed");
    return out;
}

} // namespace madoguchi
