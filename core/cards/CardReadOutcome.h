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

        // Every retry counter the read touched, each with its own answer: a key only queried
        // (empty VERIFY) has no status. Keys: "text-pin", "text-collation-a", "text-collation-b",
        // "surface-collation-a", "surface-collation-b" (My Number card), "pin1", "pin2" (licence),
        // "licence-pin" (マイナ免許証).
        struct Counter
        {
            QString key;
            std::optional<int> triesLeft;
            std::optional<SafeVerify::Status> status;
        };
        QList<Counter> counters;

        // Records what `key`'s counter said; a later answer for the same key replaces the earlier.
        void count(const QString& counterKey, std::optional<int> tries, std::optional<SafeVerify::Status> answer = std::nullopt)
        {
            for (Counter& counter : counters) {
                if (counter.key == counterKey) {
                    counter.triesLeft = tries;
                    counter.status = answer;
                    return;
                }
            }
            counters.append(Counter{counterKey, tries, answer});
        }
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
