#include "core/audit/EvidenceSigner.h"

#include "core/audit/CoseSign1.h"
#include "core/crypto/Ecdsa.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/X509KeyId.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <openssl/pem.h>
#include <openssl/store.h>

namespace madoguchi {
namespace {

using StorePtr = std::unique_ptr<OSSL_STORE_CTX, OpenSslDeleter<OSSL_STORE_close>>;

// The first private key the store finds at `uri` (a file path or a provider's URI).
EVP_PKEY* loadKey(const QString& uri)
{
    StorePtr store(OSSL_STORE_open(uri.toUtf8().constData(), nullptr, nullptr, nullptr, nullptr));
    if (!store)
        return nullptr;
    OSSL_STORE_expect(store.get(), OSSL_STORE_INFO_PKEY);
    while (!OSSL_STORE_eof(store.get())) {
        OSSL_STORE_INFO* info = OSSL_STORE_load(store.get());
        if (!info)
            continue;
        EVP_PKEY* key = OSSL_STORE_INFO_get1_PKEY(info);
        OSSL_STORE_INFO_free(info);
        if (key)
            return key;
    }
    return nullptr;
}

} // namespace

Result<EvidenceSigner, QString> EvidenceSigner::load(const QString& keyLocation, const QString& certificatePath)
{
    // A key file readable by others is refused: whoever reads it can sign records as this terminal.
    if (const QString path = keyFile(keyLocation); !path.isEmpty()) {
        const QFileInfo file(path);
        if (!file.exists())
            return tr("signing key %1: no such file").arg(file.filePath());
        if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
            //: The evidence signing key file may be read by other users.
            return tr("signing key %1: readable by other users; make it readable by the kiosk user only (chmod 600)").arg(file.filePath());
    }
    EvidenceSigner signer;
    signer.m_key.reset(loadKey(keyLocation), EVP_PKEY_free);
    if (!signer.m_key)
        return tr("signing key %1: no private key there").arg(keyLocation);
    const int scalar = Ecdsa::scalarSize(signer.m_key.get());
    if (scalar != 32 && scalar != 48)
        return tr("signing key %1: not an EC key on P-256 or P-384").arg(keyLocation);
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return tr("signing certificate %1: %2").arg(certificatePath, certificateFile.errorString());
    const QByteArray pem = certificateFile.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    signer.m_certificate.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
    if (!signer.m_certificate)
        return tr("signing certificate %1: not a PEM certificate").arg(certificatePath);
    if (X509_check_private_key(signer.m_certificate.get(), signer.m_key.get()) != 1)
        return tr("the signing certificate %1 is not the signing key's").arg(certificatePath);
    signer.m_kid = keyIdOf(signer.m_certificate.get());
    return signer;
}

QString EvidenceSigner::keyFile(const QString& keyLocation)
{
    static const QString kFileScheme = QStringLiteral("file:");
    if (keyLocation.startsWith(kFileScheme))
        return keyLocation.mid(kFileScheme.size());
    // RFC 3986 §3.1: a scheme is a letter, then letters, digits, '+', '-', '.', then ':'.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(keyLocation).hasMatch() ? QString() : keyLocation;
}

QByteArray EvidenceSigner::sign(const QByteArray& payload) const
{
    return CoseSign1::sign(m_key.get(), m_kid, payload);
}

QString EvidenceSigner::terminalName() const
{
    return commonName(m_certificate.get());
}

QByteArray EvidenceSigner::keyIdOf(X509* certificate)
{
    QByteArray id = X509KeyId::subject(certificate);
    if (!id.isEmpty())
        return id;
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(X509_get0_pubkey(certificate), &der);
    if (length <= 0)
        return {};
    id = QCryptographicHash::hash(QByteArrayView(der, length), QCryptographicHash::Sha256).left(20);
    OPENSSL_free(der);
    return id;
}

QString EvidenceSigner::commonName(X509* certificate)
{
    char name[256] = {};
    if (!certificate || X509_NAME_get_text_by_NID(X509_get_subject_name(certificate), NID_commonName, name, sizeof name) <= 0)
        return {};
    return QString::fromUtf8(name);
}

} // namespace madoguchi
