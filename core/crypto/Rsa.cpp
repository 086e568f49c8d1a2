#include "core/crypto/Rsa.h"

#include <QFile>

#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>

#include <cstdio>

namespace madoguchi {
namespace {

using OsslParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD_free>>;
using OsslParamPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM_free>>;

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

BignumPtr bignum(QByteArrayView bigEndian)
{
    return BignumPtr(BN_bin2bn(bytes(bigEndian), int(bigEndian.size()), nullptr));
}

QByteArray bignumParam(EVP_PKEY* key, const char* name)
{
    BIGNUM* raw = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    BignumPtr n(raw);
    QByteArray out(BN_num_bytes(n.get()), Qt::Uninitialized);
    BN_bn2bin(n.get(), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

struct FileCloser
{
    void operator()(FILE* f) const { std::fclose(f); }
};

} // namespace

EvpPkeyPtr Rsa::publicKey(QByteArrayView modulus, QByteArrayView exponent)
{
    const BignumPtr n = bignum(modulus);
    const BignumPtr e = bignum(exponent);
    OsslParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!n || !e || !builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return nullptr;
    OsslParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return EvpPkeyPtr(key);
}

EvpPkeyPtr Rsa::readPublicPem(const QString& path)
{
    std::unique_ptr<FILE, FileCloser> file(std::fopen(QFile::encodeName(path).constData(), "rb"));
    return EvpPkeyPtr(file ? PEM_read_PUBKEY(file.get(), nullptr, nullptr, nullptr) : nullptr);
}

EvpPkeyPtr Rsa::readPrivatePem(const QString& path)
{
    std::unique_ptr<FILE, FileCloser> file(std::fopen(QFile::encodeName(path).constData(), "rb"));
    return EvpPkeyPtr(file ? PEM_read_PrivateKey(file.get(), nullptr, nullptr, nullptr) : nullptr);
}

QByteArray Rsa::modulus(EVP_PKEY* key)
{
    return bignumParam(key, OSSL_PKEY_PARAM_RSA_N);
}

QByteArray Rsa::publicExponent(EVP_PKEY* key)
{
    return bignumParam(key, OSSL_PKEY_PARAM_RSA_E);
}

int Rsa::sizeInBytes(EVP_PKEY* key)
{
    return key ? EVP_PKEY_get_size(key) : 0;
}

bool Rsa::verifySha256(EVP_PKEY* key, QByteArrayView message, QByteArrayView signature)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, key) != 1
        || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message), size_t(message.size())) == 1;
}

std::optional<QByteArray> Rsa::recover(EVP_PKEY* key, QByteArrayView signature)
{
    EvpPkeyCtxPtr ctx(key ? EVP_PKEY_CTX_new(key, nullptr) : nullptr);
    if (!ctx || EVP_PKEY_verify_recover_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
        return std::nullopt;
    size_t length = 0;
    if (EVP_PKEY_verify_recover(ctx.get(), nullptr, &length, bytes(signature), size_t(signature.size())) != 1)
        return std::nullopt;
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_verify_recover(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length, bytes(signature),
                                size_t(signature.size()))
        != 1)
        return std::nullopt;
    out.truncate(qsizetype(length));
    return out;
}

QByteArray Rsa::signPadded(EVP_PKEY* privateKey, QByteArrayView payload)
{
    EvpPkeyCtxPtr ctx(privateKey ? EVP_PKEY_CTX_new(privateKey, nullptr) : nullptr);
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
        return {};
    size_t length = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &length, bytes(payload), size_t(payload.size())) != 1)
        return {};
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length, bytes(payload), size_t(payload.size())) != 1)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

QByteArray Rsa::signSha256(EVP_PKEY* privateKey, QByteArrayView message)
{
    return signPadded(privateKey, sha256DigestInfo(sha256(message)));
}

namespace {

// An OAEP context on `key` for encryption or decryption: SHA-256 digest, MGF1 with SHA-256, no label.
EvpPkeyCtxPtr oaepContext(EVP_PKEY* key, bool encrypt)
{
    EvpPkeyCtxPtr ctx(key ? EVP_PKEY_CTX_new(key, nullptr) : nullptr);
    if (!ctx || (encrypt ? EVP_PKEY_encrypt_init(ctx.get()) : EVP_PKEY_decrypt_init(ctx.get())) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING) != 1 || EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), EVP_sha256()) != 1
        || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), EVP_sha256()) != 1)
        return nullptr;
    return ctx;
}

} // namespace

QByteArray Rsa::encryptOaepSha256(EVP_PKEY* key, QByteArrayView message)
{
    EvpPkeyCtxPtr ctx = oaepContext(key, true);
    size_t length = 0;
    if (!ctx || EVP_PKEY_encrypt(ctx.get(), nullptr, &length, bytes(message), size_t(message.size())) != 1)
        return {};
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length, bytes(message), size_t(message.size())) != 1)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

std::optional<QByteArray> Rsa::decryptOaepSha256(EVP_PKEY* privateKey, QByteArrayView cryptogram)
{
    EvpPkeyCtxPtr ctx = oaepContext(privateKey, false);
    size_t length = 0;
    if (!ctx || EVP_PKEY_decrypt(ctx.get(), nullptr, &length, bytes(cryptogram), size_t(cryptogram.size())) != 1)
        return std::nullopt;
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length, bytes(cryptogram), size_t(cryptogram.size())) != 1)
        return std::nullopt;
    out.truncate(qsizetype(length));
    return out;
}

QByteArray Rsa::sha256DigestInfo(QByteArrayView digest)
{
    // SEQUENCE { SEQUENCE { OID 2.16.840.1.101.3.4.2.1, NULL }, OCTET STRING digest }
    static const QByteArray prefix = QByteArray::fromHex("3031300D060960864801650304020105000420");
    return prefix + digest.toByteArray();
}

QByteArray Rsa::sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(bytes(data), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

} // namespace madoguchi
