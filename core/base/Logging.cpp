#include "core/base/Logging.h"

Q_LOGGING_CATEGORY(lcApdu, "madoguchi.apdu", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReader, "madoguchi.reader", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "madoguchi.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCard, "madoguchi.card", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "madoguchi.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "madoguchi.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecret, "madoguchi.secret", QtCriticalMsg)
