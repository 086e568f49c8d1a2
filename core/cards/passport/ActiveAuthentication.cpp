#include "core/cards/passport/ActiveAuthentication.h"

#include "core/apdu/BerTlv.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Ecdsa.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/Rsa.h"

#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace madoguchi {
namespace {

// passport.md §5: ecdsa-plain-signatures 0.4.0.127.0.7.1.1.4.1.{1 SHA-1, 2 SHA-224, 3 SHA-256, 4 SHA-384, 5 SHA-512}.

const EVP_MD* ecdsaDigest(const std::optional<QByteArray>& oid)
{
    if (!oid)
        return EVP_sha256();  // [U] no ActiveAuthenticationInfo: SHA-256, the most common choice
    const QByteArray prefix = QByteArray::fromHex("04007F000701010401");  // passport.md §5 ecdsa-plain-signatures
    if (oid->size() != prefix.size() + 1 || !oid->startsWith(prefix))
        return nullptr;
    switch (oid->back()) {
    case 1: return EVP_sha1();
    case 2: return EVP_sha224();
    case 3: return EVP_sha256();
    case 4: return EVP_sha384();
    case 5: return EVP_sha512();
    default: return nullptr;
    }
}

// passport.md §5: the hash named by the byte before CC.
const EVP_MD* trailerDigest(quint8 id)
{
    switch (id) {
    case 0x33: return EVP_sha1();
    case 0x34: return EVP_sha256();
    case 0x36: return EVP_sha384();
    case 0x35: return EVP_sha512();
    case 0x38: return EVP_sha224();
    default: return nullptr;
    }
}

} // namespace

Result<std::shared_ptr<EVP_PKEY>, QString> ActiveAuthentication::publicKey(QByteArrayView dg15)
{
    auto file = BerTlv::parse(dg15);
    if (!file || file->tag() != 0x6F)
        return tr("DG15 does not start with 6F");
    const QByteArrayView info = file->value();
    const auto* bytes = reinterpret_cast<const unsigned char*>(info.data());
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &bytes, long(info.size()));
    if (!key)
        return tr("DG15 holds no public key OpenSSL can read");
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

ActiveAuthentication::Outcome ActiveAuthentication::checkRecovered(QByteArrayView f, QByteArrayView challenge)
{
    if (f.size() < 24 || quint8(f[0]) != 0x6A)
        return {false, tr("the recovered message does not start with 6A (ISO/IEC 9796-2 partial recovery)")};
    const EVP_MD* digest = nullptr;
    qsizetype trailer = 1;
    if (quint8(f.back()) == 0xBC) {
        digest = EVP_sha1();
    } else if (quint8(f.back()) == 0xCC) {
        digest = trailerDigest(quint8(f[f.size() - 2]));
        trailer = 2;
    }
    if (!digest)
        return {false, tr("the recovered message ends in an unknown trailer")};
    const qsizetype hashSize = EVP_MD_get_size(digest);
    if (f.size() < 1 + hashSize + trailer + 1)
        return {false, tr("the recovered message is too short for its hash")};
    const QByteArrayView m1 = f.sliced(1, f.size() - 1 - hashSize - trailer);
    const QByteArrayView h = f.sliced(1 + m1.size(), hashSize);
    if (Digest::of(digest, m1.toByteArray() + challenge.toByteArray()) != h)
        return {false, tr("the chip's signature does not cover this challenge")};
    return {true, QStringLiteral("RSA ISO/IEC 9796-2, %1").arg(QString::fromLatin1(EVP_MD_get0_name(digest)))};
}

ActiveAuthentication::Outcome ActiveAuthentication::verify(EVP_PKEY* key, std::optional<QByteArray> ecdsaAlgorithm, QByteArrayView challenge,
                                                      QByteArrayView signature)
{
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
        const EVP_MD* digest = ecdsaDigest(ecdsaAlgorithm);
        if (!digest)
            return {false, tr("DG14 names an ECDSA algorithm this version does not know")};
        if (!Ecdsa::verify(key, digest, challenge, signature))
            return {false, tr("the chip's ECDSA signature over the challenge is wrong")};
        return {true, QStringLiteral("ECDSA, %1").arg(QString::fromLatin1(EVP_MD_get0_name(digest)))};
    }
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return {false, tr("DG15 holds neither an RSA nor an EC key")};
    const int size = EVP_PKEY_get_size(key);
    if (signature.size() != size)
        return {false, tr("the signature has %1 bytes; the key needs %2").arg(signature.size()).arg(size)};
    // The RSA public operation without padding gives J; ISO/IEC 9796-2 lets the signer send
    // min(J, n − J), so a J that does not end in …C is taken as n − J.
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    QByteArray recovered(size, '\0');
    size_t length = size_t(size);
    if (!ctx || EVP_PKEY_verify_recover_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1
        || EVP_PKEY_verify_recover(ctx.get(), reinterpret_cast<unsigned char*>(recovered.data()), &length,
                                   reinterpret_cast<const unsigned char*>(signature.data()), size_t(signature.size())) != 1)
        return {false, tr("the RSA public operation on the signature failed")};
    recovered.truncate(qsizetype(length));
    recovered = recovered.rightJustified(size, '\0');
    if ((quint8(recovered.back()) & 0x0F) != 0x0C) {
        const QByteArray modulus = Rsa::modulus(key);
        BignumPtr n(BN_bin2bn(reinterpret_cast<const unsigned char*>(modulus.constData()), int(modulus.size()), nullptr));
        BignumPtr j(BN_bin2bn(reinterpret_cast<const unsigned char*>(recovered.constData()), size, nullptr));
        if (!n || !j || BN_sub(j.get(), n.get(), j.get()) != 1)
            return {false, tr("the RSA public operation on the signature failed")};
        BN_bn2binpad(j.get(), reinterpret_cast<unsigned char*>(recovered.data()), size);
    }
    // A key with a modulus of whole bytes gives F with a leading 00 only when the top bits are 0.
    const qsizetype start = recovered.indexOf(char(0x6A));
    if (start < 0 || std::any_of(recovered.cbegin(), recovered.cbegin() + start, [](char c) { return c != '\0'; }))
        return {false, tr("the recovered message does not start with 6A (ISO/IEC 9796-2 partial recovery)")};
    return checkRecovered(QByteArrayView(recovered).sliced(start), challenge);
}

} // namespace madoguchi
