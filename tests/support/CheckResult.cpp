#include "tests/support/CheckResult.h"

#include <QDebug>

namespace madoguchi {

Verification::Result checkResult(const CardReadOutcome& outcome, const QString& name)
{
    using R = Verification::Result;
    std::optional<R> result;
    for (const Verification::Check& check : outcome.verification.checks())
        if (check.name == name && (!result || check.result == R::Fail || (check.result == R::NotChecked && *result == R::Pass)))
            result = check.result;
    if (!result)
        qWarning() << "no check" << name;
    return result.value_or(R::NotChecked);
}

} // namespace madoguchi
