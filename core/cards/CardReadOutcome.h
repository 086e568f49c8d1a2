#pragma once

#include "core/cards/IdentityRecord.h"
#include "core/cards/SafeVerify.h"
#include "core/cards/Verification.h"

#include <optional>

namespace madoguchi {

// What one read of a card produced: the record (possibly partial), the checks, and how the
// credential fared. A refused credential is an outcome, not an error: the tries left must reach staff.
struct CardReadOutcome
{
    struct Credential
    {
        QString route;                             // "pin", "collation-a", "collation-b", "pin1", "pin1+pin2" … ; empty: none given
        std::optional<SafeVerify::Status> status;  // empty when no VERIFY was attempted
        std::optional<int> triesLeft;
        // Licences have two PINs: triesLeft is PIN1's, this PIN2's.
        std::optional<int> secondTriesLeft;
        // Which key the status is about when there are two ("pin1", "pin2"); empty otherwise.
        QString key;
    };

    IdentityRecord record;
    Verification verification;
    Credential credential;

    bool credentialRefused() const
    {
        return credential.status && *credential.status != SafeVerify::Status::Verified;
    }
};

} // namespace madoguchi
