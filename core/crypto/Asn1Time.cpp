#include "core/crypto/Asn1Time.h"

#include <ctime>

namespace madoguchi {

QDateTime Asn1Time::toDateTime(const ASN1_TIME* time)
{
    tm t{};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

} // namespace madoguchi
