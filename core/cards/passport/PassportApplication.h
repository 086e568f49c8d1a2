#pragma once

#include <QByteArray>

namespace madoguchi::PassportApplication {

// The eMRTD application, as the reader and the kiosk address it (passport.md §1, §4). The virtual
// passport (core/sim) keeps its own copy, written from the spec, on purpose.
inline const QByteArray kAid = QByteArray::fromHex("A0000002471001");

} // namespace madoguchi::PassportApplication
