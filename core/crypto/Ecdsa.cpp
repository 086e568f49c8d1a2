#include "core/crypto/Ecdsa.h"

#include "core/crypto/OpenSslPtr.h"

#include <openssl/ecdsa.h>
#include <openssl/provider.h>

namespace madoguchi {
namespace {

using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG_free>>;

QByteArray toDer(const ECDSA_SIG* sig)
{
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

// The signature as DER, whichever of the two forms it came in; empty when it is neither.
QByteArray derSignature(QByteArrayView signature, int scalar)
{
    if (scalar > 0 && signature.size() == 2 * scalar) {
        EcdsaSigPtr sig(ECDSA_SIG_new());
        const auto* bytes = reinterpret_cast<const unsigned char*>(signature.data());
        BIGNUM* r = BN_bin2bn(bytes, scalar, nullptr);
        BIGNUM* s = BN_bin2bn(bytes + scalar, scalar, nullptr);
        if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
            BN_free(r);
            BN_free(s);
            return {};
        }
        return toDer(sig.get());
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(signature.data());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &bytes, long(signature.size())));
    // Only a signature that is exactly one DER value: no trailing bytes accepted.
    if (!sig || bytes != reinterpret_cast<const unsigned char*>(signature.data()) + signature.size())
        return {};
    return toDer(sig.get());
}

} // namespace

int Ecdsa::scalarSize(EVP_PKEY* key)
{
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return 0;
    return (EVP_PKEY_get_bits(key) + 7) / 8;
}

bool Ecdsa::verifySha256(EVP_PKEY* key, QByteArrayView message, QByteArrayView signature)
{
    return verify(key, EVP_sha256(), message, signature);
}

bool Ecdsa::verify(EVP_PKEY* key, const EVP_MD* digest, QByteArrayView message, QByteArrayView signature)
{
    const QByteArray der = derSignature(signature, scalarSize(key));
    if (der.isEmpty())
        return false;
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, digest, nullptr, key) == 1
           && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(der.constData()), size_t(der.size()),
                               reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size()))
                  == 1;
}

QByteArray Ecdsa::signSha256Raw(EVP_PKEY* privateKey, QByteArrayView message)
{
    return signRaw(privateKey, EVP_sha256(), message);
}

QByteArray Ecdsa::signRaw(EVP_PKEY* privateKey, const EVP_MD* digest, QByteArrayView message)
{
    const int scalar = scalarSize(privateKey);
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    // A key held by a provider (a TPM's, a PKCS#11 token's) can only sign there: OpenSSL 3.0 would
    // otherwise fetch the default provider's ECDSA and try to export the key to it ("missing private
    // key"). The key's own provider is asked first; a plain key's is the default provider anyway.
    const OSSL_PROVIDER* provider = EVP_PKEY_get0_provider(privateKey);
    const QByteArray preference = provider ? QByteArrayLiteral("?provider=") + OSSL_PROVIDER_get0_name(provider) : QByteArray();
    if (scalar == 0 || !ctx || !digest
        || EVP_DigestSignInit_ex(ctx.get(), nullptr, EVP_MD_get0_name(digest), nullptr, preference.isEmpty() ? nullptr : preference.constData(),
                                 privateKey, nullptr)
               != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size())) != 1)
        return {};
    QByteArray der(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(der.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size()))
        != 1)
        return {};
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &bytes, long(length)));
    if (!sig)
        return {};
    QByteArray raw(2 * scalar, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char*>(raw.data()), scalar);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char*>(raw.data()) + scalar, scalar);
    return raw;
}

} // namespace madoguchi
