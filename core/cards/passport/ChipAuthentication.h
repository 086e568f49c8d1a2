#pragma once

#include "core/cards/passport/PassportAccess.h"
#include "core/cards/passport/SecurityInfos.h"

#include <QCoreApplication>

namespace madoguchi {

// Chip Authentication (passport.md §5; ICAO 9303-11 §6.2), ECDH: the terminal sends an ephemeral
// key on the curve of the DG14 key, both sides derive new secure-messaging keys from the shared
// secret, and SM restarts with SSC 0. 3DES: MSE:Set KAT (00 22 41 A6, 91 key); AES: MSE:Set AT
// (00 22 41 A4, 80 protocol) and GENERAL AUTHENTICATE (7C { 80 key }). Both go under the current
// session. Success is implicit: the chip is genuine when its next answer verifies under the new keys.
class ChipAuthentication
{
    Q_DECLARE_TR_FUNCTIONS(ChipAuthentication)

public:
    // `current` carries the commands; the new session talks to `card`.
    static Result<PassportAccess, ReaderError> run(SecureMessaging& current, ApduTransport& card, const SecurityInfos::ChipAuthentication& info,
                                                   const SecurityInfos::ChipAuthenticationKey& key, QByteArray fixedEphemeralKey = {});
};

} // namespace madoguchi
