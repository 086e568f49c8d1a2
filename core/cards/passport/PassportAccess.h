#pragma once

#include "core/cards/passport/SecureMessaging.h"

#include <memory>

namespace madoguchi {

// How BAC, PACE or Chip Authentication ended: with a secure-messaging session, with the chip refusing
// the password (63 00: a wrong MRZ or CAN), or with the chip not offering the protocol (6A88 to BAC on a
// PACE-only chip, a PACE variant this version does not speak), which lets the reader try the other one.
struct PassportAccess
{
    enum class Status
    {
        Established,
        Rejected,
        NotSupported,
    };

    Status status = Status::NotSupported;
    std::unique_ptr<SecureMessaging> session;
    QString detail;  // for NotSupported: why, in words
    QString protocol;  // "BAC", "PACE ECDH-GM AES-128 (brainpoolP256r1)" …
};

} // namespace madoguchi
