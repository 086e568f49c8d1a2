#include "core/crypto/BlockCipher.h"

#include "core/crypto/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

namespace madoguchi {
namespace {

using MacPtr = std::unique_ptr<EVP_MAC, OpenSslDeleter<EVP_MAC_free>>;
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, OpenSslDeleter<EVP_MAC_CTX_free>>;

const EVP_CIPHER* aesCbc(qsizetype keySize)
{
    switch (keySize) {
    case 16: return EVP_aes_128_cbc();
    case 24: return EVP_aes_192_cbc();
    case 32: return EVP_aes_256_cbc();
    default: return nullptr;
    }
}

const EVP_CIPHER* cipherFor(BlockCipher::Algorithm algorithm, qsizetype keySize)
{
    if (algorithm == BlockCipher::Algorithm::TripleDes)
        return keySize == 16 ? EVP_des_ede_cbc() : nullptr;
    return aesCbc(keySize);
}

QByteArray run(const EVP_CIPHER* cipher, bool encrypt, QByteArrayView key, QByteArrayView data, QByteArrayView iv)
{
    const int block = EVP_CIPHER_get_block_size(cipher);
    if (data.isEmpty() || data.size() % block != 0 || (!iv.isEmpty() && iv.size() != block))
        return {};
    const QByteArray zero(block, '\0');
    const auto* ivBytes = reinterpret_cast<const unsigned char*>(iv.isEmpty() ? zero.constData() : iv.data());
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_CipherInit_ex2(ctx.get(), cipher, reinterpret_cast<const unsigned char*>(key.data()), ivBytes, encrypt ? 1 : 0, nullptr) != 1)
        return {};
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    QByteArray out(data.size() + block, '\0');
    int written = 0;
    int last = 0;
    if (EVP_CipherUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &written, reinterpret_cast<const unsigned char*>(data.data()),
                         int(data.size()))
            != 1
        || EVP_CipherFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + written, &last) != 1)
        return {};
    out.truncate(written + last);
    return out;
}

// One DES block with key K (8 bytes): 3DES-EDE with K ‖ K is single DES.
QByteArray desBlock(QByteArrayView k, QByteArrayView block)
{
    const QByteArray doubled = k.toByteArray() + k.toByteArray();
    return run(EVP_des_ede_cbc(), true, doubled, block, {});
}

} // namespace

int BlockCipher::blockSize(Algorithm algorithm)
{
    return algorithm == Algorithm::TripleDes ? 8 : 16;
}

QByteArray BlockCipher::encryptCbc(Algorithm algorithm, QByteArrayView key, QByteArrayView data, QByteArrayView iv)
{
    const EVP_CIPHER* cipher = cipherFor(algorithm, key.size());
    return cipher ? run(cipher, true, key, data, iv) : QByteArray();
}

QByteArray BlockCipher::decryptCbc(Algorithm algorithm, QByteArrayView key, QByteArrayView data, QByteArrayView iv)
{
    const EVP_CIPHER* cipher = cipherFor(algorithm, key.size());
    return cipher ? run(cipher, false, key, data, iv) : QByteArray();
}

QByteArray BlockCipher::pad(QByteArrayView data, int blockSize)
{
    QByteArray out = data.toByteArray();
    out.append(char(0x80));
    out.append(QByteArray((blockSize - out.size() % blockSize) % blockSize, '\0'));
    return out;
}

std::optional<QByteArray> BlockCipher::unpad(QByteArrayView data)
{
    qsizetype end = data.size();
    while (end > 0 && data[end - 1] == '\0')
        --end;
    if (end == 0 || quint8(data[end - 1]) != 0x80)
        return std::nullopt;
    return data.first(end - 1).toByteArray();
}

QByteArray BlockCipher::retailMac(QByteArrayView key, QByteArrayView data)
{
    if (key.size() != 16)
        return {};
    const QByteArrayView k1 = key.first(8);
    const QByteArray padded = pad(data, 8);
    QByteArray chain(8, '\0');
    for (qsizetype at = 0; at < padded.size(); at += 8) {
        QByteArray block = padded.mid(at, 8);
        for (int i = 0; i < 8; ++i)
            block[i] = char(block[i] ^ chain[i]);
        if (at + 8 < padded.size()) {
            chain = desBlock(k1, block);
        } else {
            // The last block through 3DES-EDE (K1, K2, K1): E_K1(D_K2(E_K1(x))).
            chain = run(EVP_des_ede_cbc(), true, key, block, {});
        }
        if (chain.size() != 8)
            return {};
    }
    return chain;
}

QByteArray BlockCipher::aesCmac(QByteArrayView key, QByteArrayView data)
{
    const EVP_CIPHER* cipher = aesCbc(key.size());
    if (!cipher)
        return {};
    MacPtr mac(EVP_MAC_fetch(nullptr, "CMAC", nullptr));
    MacCtxPtr ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    if (!ctx)
        return {};
    QByteArray name = EVP_CIPHER_get0_name(cipher);
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, name.data(), 0), OSSL_PARAM_construct_end()};
    QByteArray out(16, '\0');
    size_t written = 0;
    if (EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char*>(key.data()), size_t(key.size()), params) != 1
        || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(data.data()), size_t(data.size())) != 1
        || EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &written, size_t(out.size())) != 1 || written != 16)
        return {};
    return out;
}

} // namespace madoguchi
