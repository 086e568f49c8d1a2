#pragma once

#include "core/cards/passport/PassportAccess.h"
#include "core/cards/passport/SecurityInfos.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>

namespace madoguchi {

// PACE, terminal side (passport.md §3; ICAO 9303-11 §4.4 and Appendix G.1): MSE:Set AT, then four
// chained GENERAL AUTHENTICATE steps (encrypted nonce, mapping, key agreement, mutual authentication
// tokens), then secure messaging from SSC 0. ECDH with the generic mapping on the standardized curves;
// 3DES and AES-128/192/256. DH groups and the integrated and chip-authentication mappings are
// reported as not supported, so that the reader falls back to BAC.
class PaceProtocol
{
    Q_DECLARE_TR_FUNCTIONS(PaceProtocol)

public:
    struct Password
    {
        enum class Kind
        {
            Mrz = 1,  // key reference 01 (§3)
            Can = 2,  // key reference 02
        };
        Kind kind = Kind::Mrz;
        // MRZ_information for Kind::Mrz, the CAN's digits for Kind::Can.
        SecureBytes value;
    };
    // What the terminal draws at random; fixed only to replay Appendix G.1.
    struct Randomness
    {
        QByteArray mappingKey;    // sk_map,IFD
        QByteArray ephemeralKey;  // sk_IFD
    };

    // K = SHA-1(MRZ_information) (all 20 bytes) or the CAN bytes; Kπ = KDF(K, 3).
    static QByteArray passwordKey(const Password& password, IcaoKdf::Cipher cipher);
    // The authentication token: MAC(KSmac, 7F49 L { 06 OID, 86 point }), 8 bytes.
    static QByteArray authenticationToken(IcaoKdf::Cipher cipher, QByteArrayView macKey, QByteArrayView protocol, QByteArrayView point);

    // Runs PACE on `card` (in the MF) with `info`; `sendParameterId` adds 84 to MSE:Set AT, needed
    // when EF.CardAccess offers more than one set of domain parameters.
    static Result<PassportAccess, ReaderError> run(ApduTransport& card, const SecurityInfos::Pace& info, bool sendParameterId,
                                                   const Password& password, Randomness fixed = {});
};

} // namespace madoguchi
