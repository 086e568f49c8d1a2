#include "core/cards/residence/ResidenceDeliveryKey.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCryptographicHash>
#include <QFile>

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace madoguchi {
namespace {

// residence-card-0708.md §4: keys_smrsapub_001.bin from 001462222.zip.
const QByteArray kProductionSha256 = QByteArray::fromHex("98bf7014e478241f7943fc1a76c38b6c7bda4da9a927d106ae9ab8a1ad684d0a");
constexpr int kModulusBytes = 256;  // RSA-2048 (§4)
const QByteArray kExponent65537 = QByteArray::fromHex("010001");

// A DER object that is exactly `der` (no trailing bytes): the whole of it, or nothing.
template <typename Decode>
EvpPkeyPtr fromDer(QByteArrayView der, Decode decode)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    EvpPkeyPtr key(decode(&p, long(der.size())));
    if (!key || p != reinterpret_cast<const unsigned char*>(der.data()) + der.size())
        return nullptr;
    return key;
}

EvpPkeyPtr fromSpki(QByteArrayView der)
{
    return fromDer(der, [](const unsigned char** p, long n) { return d2i_PUBKEY(nullptr, p, n); });
}

EvpPkeyPtr fromPkcs1(QByteArrayView der)
{
    return fromDer(der, [](const unsigned char** p, long n) { return d2i_PublicKey(EVP_PKEY_RSA, nullptr, p, n); });
}

// "PUBLIC KEY" (SubjectPublicKeyInfo) or "RSA PUBLIC KEY" (PKCS#1) armour.
EvpPkeyPtr fromPem(QByteArrayView file)
{
    BioPtr bio(BIO_new_mem_buf(file.data(), int(file.size())));
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long length = 0;
    if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1)
        return nullptr;
    const QByteArrayView der(data, qsizetype(length));
    EvpPkeyPtr key = qstrcmp(name, "PUBLIC KEY") == 0 ? fromSpki(der) : qstrcmp(name, "RSA PUBLIC KEY") == 0 ? fromPkcs1(der) : nullptr;
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_free(data);
    return key;
}

EvpPkeyPtr fromJicsap(QByteArrayView file)
{
    auto outer = BerTlv::parse(file);
    if (!outer || outer->tag() != 0xA1 || outer->encoded().size() != file.size())
        return nullptr;
    BerTlvReader children = outer->children();
    const auto exponent = children.find(0x90);
    const auto modulus = children.find(0x91);
    if (!exponent || !modulus)
        return nullptr;
    return Rsa::publicKey(modulus->value(), exponent->value());
}

} // namespace

QString ResidenceDeliveryKey::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Pem: return QStringLiteral("PEM");
    case Encoding::SubjectPublicKeyInfo: return QStringLiteral("DER SubjectPublicKeyInfo");
    case Encoding::Pkcs1: return QStringLiteral("DER PKCS#1 RSAPublicKey");
    case Encoding::JicsapObjects: return QStringLiteral("JICSAP A1 { 90, 91 }");
    case Encoding::BareModulus: return QStringLiteral("bare 256-byte modulus");
    }
    return {};
}

Result<ResidenceDeliveryKey, QString> ResidenceDeliveryKey::parse(QByteArrayView file)
{
    ResidenceDeliveryKey out;
    EvpPkeyPtr key;
    if (file.startsWith("-----BEGIN")) {
        key = fromPem(file);
        out.m_encoding = Encoding::Pem;
    } else if (file.size() == kModulusBytes && quint8(file[0]) >= 0x80) {
        key = Rsa::publicKey(file, kExponent65537);
        out.m_encoding = Encoding::BareModulus;
    } else if (!file.isEmpty() && quint8(file[0]) == 0xA1) {
        key = fromJicsap(file);
        out.m_encoding = Encoding::JicsapObjects;
    } else if (EvpPkeyPtr spki = fromSpki(file)) {
        key = std::move(spki);
        out.m_encoding = Encoding::SubjectPublicKeyInfo;
    } else {
        key = fromPkcs1(file);
        out.m_encoding = Encoding::Pkcs1;
    }
    if (!key)
        return tr("not an RSA public key in any of the encodings the ISA's delivery key may have");
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA || EVP_PKEY_get_bits(key.get()) != kModulusBytes * 8)
        //: %1: the key's size in bits.
        return tr("not an RSA-2048 key (%1 bits)").arg(EVP_PKEY_get_bits(key.get()));
    out.m_key = std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
    out.m_production = QCryptographicHash::hash(file, QCryptographicHash::Sha256) == kProductionSha256;
    return out;
}

Result<ResidenceDeliveryKey, QString> ResidenceDeliveryKey::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot open %1: %2").arg(path, file.errorString());
    // The largest candidate, PEM with comments, is a few kilobytes.
    const QByteArray bytes = file.read(16 * 1024);
    auto key = parse(bytes);
    if (!key)
        return QStringLiteral("%1: %2").arg(path, key.error());
    return key;
}

Result<ResidenceDeliveryKey, QString> ResidenceDeliveryKey::installed(const TrustStore& trust)
{
    const QStringList files = trust.dataFiles(QStringLiteral("residence-card"), QStringLiteral("delivery"));
    if (files.isEmpty())
        return tr("no delivery key is installed in residence-card/delivery/");
    auto key = load(files.first());
    if (key)
        key->m_path = files.first();
    return key;
}

QString ResidenceDeliveryKey::describe() const
{
    //: %1: the file; %2: its encoding; %3: whether it is the ISA's production key.
    return tr("%1: RSA-2048, %2, %3")
        .arg(m_path.isEmpty() ? tr("(given bytes)") : m_path, encodingName(m_encoding),
             m_production ? tr("the ISA's production key (SHA-256 matches)") : tr("not the ISA's production key (a test or unknown key)"));
}

} // namespace madoguchi
