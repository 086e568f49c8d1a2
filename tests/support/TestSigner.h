#pragma once

#include "core/audit/EvidenceSigner.h"
#include "core/base/ResourceLocator.h"

#include <QFile>
#include <QTemporaryDir>

namespace madoguchi {

// A test terminal's signing key (resources/testpki/NAME.key) copied into `dir` with owner-only
// permissions, as EvidenceSigner insists; its path, empty when it could not be made. Its
// certificate is testKeyCertificate(NAME). "evidence-terminal" (P-256) is issued by the test
// evidence CA (evidence-ca.pem); "evidence-rogue" (P-384) is self-signed, under no CA.
inline QString testKeyFile(const QTemporaryDir& dir, const QString& name = QStringLiteral("evidence-terminal"))
{
    const QString key = dir.filePath(name + QStringLiteral(".key"));
    if (QFile::exists(key))
        return key;
    if (!QFile::copy(ResourceLocator::path(QStringLiteral("testpki/%1.key").arg(name)), key)
        || !QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return key;
}

inline QString testKeyCertificate(const QString& name = QStringLiteral("evidence-terminal"))
{
    return ResourceLocator::path(QStringLiteral("testpki/%1.pem").arg(name));
}

// That key as a signer.
inline Result<EvidenceSigner, QString> testSigner(const QTemporaryDir& dir, const QString& name = QStringLiteral("evidence-terminal"))
{
    const QString key = testKeyFile(dir, name);
    if (key.isEmpty())
        return QStringLiteral("cannot copy the test key");
    return EvidenceSigner::load(key, testKeyCertificate(name));
}

} // namespace madoguchi
