#include "core/crypto/Digest.h"

namespace madoguchi {

QByteArray Digest::of(const EVP_MD* digest, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!digest || EVP_Digest(data.data(), size_t(data.size()), out, &size, digest, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(size));
}

} // namespace madoguchi
