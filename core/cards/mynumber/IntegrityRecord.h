#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace madoguchi {

// The text AP's integrity record (EF 0003, mynumber.md §3.4): FF30 { DF31 SHA-256 of the 17 bytes
// of 0001, DF32 SHA-256 of 0002 from DF22 on, DF33 PKCS#1 v1.5 SHA-256 signature over the DF31
// and DF32 objects (70 bytes) by the key of the AP's certificate }.
class IntegrityRecord
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityRecord)

public:
    static Result<IntegrityRecord, QString> parse(QByteArrayView file);

    const QByteArray& myNumberDigest() const { return m_myNumberDigest; }
    const QByteArray& basicFourDigest() const { return m_basicFourDigest; }
    const QByteArray& signedBytes() const { return m_signedBytes; }
    const QByteArray& signature() const { return m_signature; }

private:
    QByteArray m_myNumberDigest;
    QByteArray m_basicFourDigest;
    QByteArray m_signedBytes;
    QByteArray m_signature;
};

} // namespace madoguchi
