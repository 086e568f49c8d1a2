#pragma once

#include <QDateTime>

#include <openssl/asn1.h>

namespace madoguchi {

// An ASN.1 UTCTime or GeneralizedTime (certificate validity, CMS signing time) as a UTC QDateTime;
// invalid when the value is absent or unreadable.
class Asn1Time
{
public:
    static QDateTime toDateTime(const ASN1_TIME* time);
};

} // namespace madoguchi
