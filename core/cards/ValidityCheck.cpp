#include "core/cards/ValidityCheck.h"

namespace madoguchi {

void ValidityCheck::add(Verification& verification, const QString& check, QDate lastDay, const QDateTime& now)
{
    using R = Verification::Result;
    constexpr auto kValidity = Verification::Aspect::Validity;
    const QDate today = now.toOffsetFromUtc(9 * 3600).date();
    if (!lastDay.isValid())
        verification.add(check, R::Fail, tr("the card holds no readable date"), kValidity);
    else if (lastDay >= today)
        verification.add(check, R::Pass, tr("valid through %1").arg(lastDay.toString(Qt::ISODate)), kValidity);
    else
        //: %1: the last valid day (ISO 8601).
        verification.add(check, R::Fail, tr("expired: valid through %1").arg(lastDay.toString(Qt::ISODate)), kValidity);
}

} // namespace madoguchi
