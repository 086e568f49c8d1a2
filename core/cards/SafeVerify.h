#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/reader/ApduTransport.h"

#include <functional>
#include <optional>

namespace madoguchi {

// VERIFY that never burns a PIN by accident (mynumber.md §10.2, drivers-licence.md §A3): the
// retry counter is read first with an empty VERIFY (which uses no try); a blocked key is not
// tried; at one try left nothing is sent unless the caller allows the last try; a refusal is
// never retried.
class SafeVerify
{
public:
    enum class Status
    {
        Verified,
        Rejected,        // the card said no; triesLeft says how many remain
        Blocked,         // 63C0 / 6984 / 6983: only the issuer can unblock it
        LastTryRefused,  // one try left, and the caller did not allow spending it
        RuledOut,        // the card's own settings say this value cannot be right: nothing was sent
    };
    struct Outcome
    {
        Status status;
        std::optional<int> triesLeft;  // as the card reported it last
    };

    // Reads the retry counter of key reference `p2` (empty VERIFY) without using a try.
    static Result<std::optional<int>, ReaderError> triesLeft(ApduTransport& transport, quint8 p2);
    static Result<Outcome, ReaderError> run(ApduTransport& transport, quint8 p2, const SecureBytes& secret, bool allowLastTry);
    // The same rules, with the PIN typed on the reader's own keypad (it never reaches the kiosk).
    static Result<Outcome, ReaderError> runOnPinPad(ApduTransport& transport, quint8 p2, int digits, bool allowLastTry);

    // "verified", "rejected", "blocked", "last-try-refused", "ruled-out"
    static QString statusName(Status status);

private:
    // The query first; an outcome when nothing may be sent, else the tries left.
    static Result<std::optional<Outcome>, ReaderError> precheck(ApduTransport& transport, quint8 p2, bool allowLastTry,
                                                                std::optional<int>* tries);
    static Result<Outcome, ReaderError> interpret(StatusWord sw, std::optional<int> triesBefore);
    // The rules around one way of sending the VERIFY: query first, then `send`, then interpret.
    static Result<Outcome, ReaderError> guarded(ApduTransport& transport, quint8 p2, bool allowLastTry,
                                                const std::function<Result<ResponseApdu, ReaderError>()>& send);
};

} // namespace madoguchi
