#pragma once

#include "core/audit/EvidenceSigner.h"
#include "core/base/ResourceLocator.h"

#include <QFile>
#include <QTemporaryDir>

namespace madoguchi {

// A test terminal's evidence signer (resources/testpki/NAME.key and .pem): the key copied into
// `dir` with owner-only permissions, as EvidenceSigner insists. "evidence-terminal" is issued by the
// test evidence CA (evidence-ca.pem); "evidence-rogue" is self-signed, under no CA.
inline Result<EvidenceSigner, QString> testSigner(const QTemporaryDir& dir, const QString& name = QStringLiteral("evidence-terminal"))
{
    const QString key = dir.filePath(name + QStringLiteral(".key"));
    QFile::remove(key);
    if (!QFile::copy(ResourceLocator::path(QStringLiteral("testpki/%1.key").arg(name)), key)
        || !QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner))
        return QStringLiteral("cannot copy the test key");
    return EvidenceSigner::load(key, ResourceLocator::path(QStringLiteral("testpki/%1.pem").arg(name)));
}

} // namespace madoguchi
