#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/cards/mynumber/MyNumberReader.h"
#include "core/crypto/SecureBytes.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/ApduTransport.h"

#include <QCoreApplication>

#include <optional>

namespace madoguchi {

// Reads a マイナ免許証: a My Number card that also holds the holder's driving licence
// (drivers-licence.md §A6). The licence application carries only the licence's own data (the
// expiry and more, behind its PIN); name, birth date and address come from the My Number card, so
// the My Number part is read first, with its own credential and checks, and the licence after it.
//
// The licence PIN is its own (VERIFY 00 20 00 86, 10 tries); when the holder set none (WEF01), the
// default PIN "****" is used and staff are told. As everywhere: the counter is read first, the last
// try is not spent unless allowed, nothing is retried. A refused My Number credential stops the
// read before the licence is touched.
class MyNumberLicenceReader
{
    Q_DECLARE_TR_FUNCTIONS(MyNumberLicenceReader)

public:
    struct Request
    {
        // The My Number part; its allowLastTry, now and progress apply to the licence part too.
        MyNumberReader::Request myNumber;
        // Empty: only the licence's PIN setting and tries are read (and no licence check is made).
        std::optional<SecureBytes> licencePin;
    };

    // The licence PIN before anything is asked: whether the holder set one (unknown when WEF01
    // cannot be read) and its tries left (unknown when the card does not say).
    struct PinState
    {
        std::optional<bool> pinSet;
        std::optional<int> triesLeft;
    };
    // SELECTs the licence instance, reads WEF01 and the PIN's counter; no try is used.
    static Result<PinState, ReaderError> probePin(ApduTransport& transport);

    MyNumberLicenceReader(ApduTransport& transport, const TrustStore& trust) : m_transport(transport), m_trust(trust) {}

    // The outcome's credential: triesLeft is the My Number credential's, secondTriesLeft the
    // licence PIN's; key "licence-pin" when that is the one refused.
    Result<CardReadOutcome, ReaderError> read(const Request& request);

private:
    // WEF01, the PIN setting: the link's error, or the setting or why it cannot be read (§A6).
    static Result<Result<bool, QString>, ReaderError> pinSetting(ApduTransport& transport);
    // Free part: the PIN setting; false when it could not be read (the default PIN is then never used).
    Result<std::optional<bool>, ReaderError> readPinSetting(CardReadOutcome& out);
    Result<bool, ReaderError> verifyPin(CardReadOutcome& out, const Request& request, std::optional<bool> pinSet);
    Result<bool, ReaderError> readLicence(CardReadOutcome& out, const Request& request);

    ApduTransport& m_transport;
    const TrustStore& m_trust;
};

} // namespace madoguchi
