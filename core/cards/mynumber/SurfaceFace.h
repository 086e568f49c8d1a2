#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace madoguchi {

// The 券面AP's card face (EF 0002, mynumber.md §4.2): FF20 { DF21 offsets, DF22 birth date,
// DF23 sex, DF24 chip public key, DF25 name image (PNG), DF26 address image (PNG), DF27 photo
// (JP2), DF28 signature, DF29 expiry, DF2A security-code image }.
// The signature covers SHA-256(DF22 ‖ DF23 ‖ DF24) ‖ SHA-256(DF25 ‖ DF26) ‖ SHA-256(DF27), each over
// the raw TLVs, inside a SHA-256 DigestInfo; DF29 and DF2A are outside it.
class SurfaceFace
{
    Q_DECLARE_TR_FUNCTIONS(SurfaceFace)

public:
    static Result<SurfaceFace, QString> parse(QByteArrayView file);

    QDate birthDate;
    char sexCode = '0';
    QByteArray chipKeyObjects;  // DF24 value: 90/91
    QByteArray nameImage;
    QByteArray addressImage;
    QByteArray photo;
    QByteArray signature;
    QDate expiryDate;
    QByteArray securityCodeImage;

    // The DigestInfo the DF28 signature must carry (30 71 … 04 60 <three digests>).
    const QByteArray& expectedDigestInfo() const { return m_expectedDigestInfo; }

private:
    QByteArray m_expectedDigestInfo;
};

} // namespace madoguchi
