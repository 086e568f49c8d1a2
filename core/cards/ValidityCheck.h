#pragma once

#include "core/cards/Verification.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace madoguchi {

// A check that a date printed on a card has not passed: valid through its last day (有効期間の末日),
// judged on the date in Japan whatever the machine's time zone. One rule and one wording for the
// licence and residence-card dates.
class ValidityCheck
{
    Q_DECLARE_TR_FUNCTIONS(ValidityCheck)

public:
    static void add(Verification& verification, const QString& check, QDate lastDay, const QDateTime& now);
};

} // namespace madoguchi
