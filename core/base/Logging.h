#pragma once

#include <QLoggingCategory>

// Every log category of the product, in one place (CONVENTIONS.md §8). No category ever carries
// customer data, PINs or collation numbers; APDUs are logged as header and status word only.
// `madoguchi.secret` is off by default and only ever names *that* a secret was handled, never its value.
Q_DECLARE_LOGGING_CATEGORY(lcApdu)
Q_DECLARE_LOGGING_CATEGORY(lcReader)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcCard)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcSecret)
