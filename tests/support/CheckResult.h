#pragma once

#include "core/cards/CardReadOutcome.h"

namespace madoguchi {

// The result of the check called `name` in an outcome. A reader may add one name more than once
// (a licence's expiry from the common data and from the entries): a failure then wins over
// not-checked, and not-checked over a pass. Not-checked, with a warning, when there is none.
Verification::Result checkResult(const CardReadOutcome& outcome, const QString& name);

} // namespace madoguchi
