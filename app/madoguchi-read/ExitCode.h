#pragma once

#include "core/reader/ReaderError.h"

namespace madoguchi {

// madoguchi-read's exit codes; scripts at the counter depend on them.
enum class ExitCode
{
    Genuine = 0,             // read, genuine (every authenticity check passed against a production anchor), not expired
    NotGenuine = 1,          // read, but not genuine or not verifiable
    CredentialRejected = 2,  // PIN / collation number / MRZ refused by the card
    NoReaderOrCard = 3,      // pcscd not running, no reader, no card, or a reader that cannot carry this card's answers
    Usage = 4,
    CardError = 5,           // malformed card, card removed, card mute
    GenuineButExpired = 6,   // genuine, but the card (or the period of stay) has expired
};

inline ExitCode exitCodeFor(const ReaderError& error)
{
    switch (error.kind()) {
    case ReaderError::Kind::ServiceUnavailable:
    case ReaderError::Kind::NoReader:
    case ReaderError::Kind::NoCard:
    case ReaderError::Kind::ReaderBusy:
    case ReaderError::Kind::ReaderLimit:
        return ExitCode::NoReaderOrCard;
    default:
        return ExitCode::CardError;
    }
}

} // namespace madoguchi
