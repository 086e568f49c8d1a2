#pragma once

#include "core/cards/passport/PassportAccess.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>

namespace madoguchi {

// Basic Access Control, terminal side (passport.md §1, ICAO 9303-11 §4.3 and Appendix D): keys from
// MRZ_information, GET CHALLENGE, EXTERNAL AUTHENTICATE with E_IFD ‖ M_IFD, the chip's answer checked,
// session keys and SSC, then 3DES secure messaging.
class BacProtocol
{
    Q_DECLARE_TR_FUNCTIONS(BacProtocol)

public:
    struct Keys
    {
        QByteArray encryption;  // Kenc, parity adjusted
        QByteArray mac;         // Kmac
    };
    struct Session
    {
        QByteArray encryption;  // KSenc
        QByteArray mac;         // KSmac
        QByteArray ssc;         // last 4 bytes of RND.IC ‖ last 4 bytes of RND.IFD
    };
    // What the terminal draws at random; fixed only to replay Appendix D.
    struct Randomness
    {
        QByteArray rndIfd;  // 8 bytes
        QByteArray kIfd;    // 16 bytes
    };

    // Kseed = first 16 bytes of SHA-1(MRZ_information); Kenc = KDF(Kseed, 1), Kmac = KDF(Kseed, 2).
    static Keys accessKeys(QByteArrayView mrzInformation);
    // E_IFD = 3DES(Kenc, RND.IFD ‖ RND.IC ‖ K.IFD) ‖ M_IFD = MAC(Kmac, E_IFD): 40 bytes.
    static QByteArray authenticationData(const Keys& keys, QByteArrayView rndIc, QByteArrayView rndIfd, QByteArrayView kIfd);
    // Checks the chip's E_IC ‖ M_IC (MAC, then RND.IFD) and derives the session.
    static Result<Session, QString> session(const Keys& keys, QByteArrayView answer, QByteArrayView rndIc, QByteArrayView rndIfd,
                                            QByteArrayView kIfd);

    // GET CHALLENGE and EXTERNAL AUTHENTICATE on `card` (the eMRTD application selected).
    static Result<PassportAccess, ReaderError> run(ApduTransport& card, QByteArrayView mrzInformation, Randomness fixed = {});
};

} // namespace madoguchi
