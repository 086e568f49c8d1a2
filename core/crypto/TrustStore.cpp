#include "core/crypto/TrustStore.h"

#include "core/base/Logging.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/X509KeyId.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/pem.h>

namespace madoguchi {
namespace {

QString subjectOf(X509* cert)
{
    char buffer[512];
    X509_NAME_oneline(X509_get_subject_name(cert), buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

// key_id_hex= and key_id_ascii= lines of the .txt beside a bare key.
QString field(const QByteArray& text, const char* key)
{
    for (const QByteArray& line : text.split('\n'))
        if (line.startsWith(key) && line.size() > qsizetype(qstrlen(key)) && line[qsizetype(qstrlen(key))] == '=')
            return QString::fromUtf8(line.mid(qsizetype(qstrlen(key)) + 1).trimmed());
    return {};
}

} // namespace

TrustStore TrustStore::load(const QStringList& productionDirs, const QString& testDir)
{
    TrustStore store;
    for (const QString& dir : productionDirs)
        store.loadDirectory(dir, true);
    if (!testDir.isEmpty())
        store.loadDirectory(testDir, false);
    store.m_dirs = productionDirs;
    if (!testDir.isEmpty())
        store.m_dirs.append(testDir);
    qCInfo(lcSession) << "trust store:" << store.m_anchors.size() << "anchors," << store.m_problems.size() << "problems";
    return store;
}

QString TrustStore::dataFile(const QString& family, const QString& fileName) const
{
    for (const QString& dir : m_dirs) {
        const QString path = QDir(dir).filePath(family + QLatin1Char('/') + fileName);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QStringList TrustStore::dataFiles(const QString& family, const QString& folder) const
{
    QStringList files;
    for (const QString& dir : m_dirs) {
        const QDir data(QDir(dir).filePath(family + QLatin1Char('/') + folder));
        for (const QFileInfo& info : data.entryInfoList(QDir::Files, QDir::Name))
            files.append(info.filePath());
    }
    return files;
}

void TrustStore::loadDirectory(const QString& dir, bool production)
{
    const QDir root(dir);
    for (const QString& family : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir folder(root.filePath(family));
        for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                m_problems.append(info.filePath());
                continue;
            }
            const QByteArray pem = file.readAll();
            BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
            TrustAnchor anchor;
            anchor.family = family;
            anchor.file = info.filePath();
            anchor.production = production;
            if (pem.contains("BEGIN CERTIFICATE")) {
                X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
                if (!cert) {
                    m_problems.append(info.filePath());
                    continue;
                }
                anchor.certificate.reset(cert, X509_free);
                anchor.key.reset(X509_get_pubkey(cert), EVP_PKEY_free);
                anchor.name = subjectOf(cert);
                anchor.subjectKeyId = X509KeyId::subject(cert);
            } else {
                EVP_PKEY* key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
                QFile meta(folder.filePath(info.completeBaseName() + QStringLiteral(".txt")));
                const QByteArray text = meta.open(QIODevice::ReadOnly) ? meta.readAll() : QByteArray();
                anchor.keyId = QByteArray::fromHex(field(text, "key_id_hex").toLatin1());
                anchor.name = field(text, "key_id_ascii");
                if (!key || anchor.keyId.isEmpty()) {
                    EVP_PKEY_free(key);
                    m_problems.append(info.filePath());
                    continue;
                }
                anchor.key.reset(key, EVP_PKEY_free);
            }
            m_anchors.append(std::move(anchor));
        }
    }
}

const TrustAnchor* TrustStore::byKeyId(const QString& family, QByteArrayView keyId) const
{
    for (const TrustAnchor& anchor : m_anchors)
        if (anchor.family == family && !anchor.keyId.isEmpty() && anchor.keyId == keyId)
            return &anchor;
    return nullptr;
}

QList<const TrustAnchor*> TrustStore::certificates(const QString& family) const
{
    QList<const TrustAnchor*> out;
    for (const TrustAnchor& anchor : m_anchors)
        if (anchor.family == family && anchor.certificate)
            out.append(&anchor);
    return out;
}

const TrustAnchor* TrustStore::bySubjectKeyId(const QString& family, QByteArrayView subjectKeyId) const
{
    for (const TrustAnchor& anchor : m_anchors)
        if (anchor.family == family && anchor.certificate && !anchor.subjectKeyId.isEmpty() && anchor.subjectKeyId == subjectKeyId)
            return &anchor;
    return nullptr;
}

bool TrustStore::hasTestAnchors() const
{
    return std::any_of(m_anchors.cbegin(), m_anchors.cend(), [](const TrustAnchor& a) { return !a.production; });
}

} // namespace madoguchi
