#pragma once

#include "core/crypto/IcaoKdf.h"
#include "core/sim/CardProfile.h"

#include <QByteArray>

#include <memory>
#include <optional>

#include <openssl/evp.h>

namespace madoguchi {

// The chip's side of an eMRTD (passport.md §1–§5), written from the spec: BAC (GET CHALLENGE,
// EXTERNAL AUTHENTICATE), PACE with ECDH generic mapping (MSE:Set AT, four chained GENERAL
// AUTHENTICATE steps), 3DES and AES secure messaging with the send sequence counter, Active
// Authentication (INTERNAL AUTHENTICATE, RSA ISO/IEC 9796-2 or ECDSA) and Chip Authentication (ECDH,
// MSE:Set KAT or MSE:Set AT + GENERAL AUTHENTICATE, then new keys). The files of the eMRTD application
// answer only under secure messaging; EF.CardAccess in the MF answers in plain. A command with a
// wrong MAC ends the session (6988).
class PassportChip : public CardProfile
{
public:
    struct Config
    {
        QByteArray applicationAid;  // A0000002471001
        QByteArray mrzInformation;  // the BAC / PACE-MRZ password
        QByteArray can;             // the PACE-CAN password; empty: none
        bool bac = true;            // false: 6A88 to EXTERNAL AUTHENTICATE (a PACE-only chip, §1)
        // PACE, when offered: the protocol OID (DER content), curve, cipher.
        QByteArray paceProtocol;
        int paceParameterId = 13;
        IcaoKdf::Cipher paceCipher = IcaoKdf::Cipher::Aes128;
        std::shared_ptr<EVP_PKEY> activeAuthenticationKey;  // null: no AA
        std::shared_ptr<EVP_PKEY> chipAuthenticationKey;    // null: no CA
        IcaoKdf::Cipher chipAuthenticationCipher = IcaoKdf::Cipher::Aes128;
        // What the chip draws at random for BAC; fixed only to replay ICAO 9303-11 Appendix D.
        QByteArray fixedChallenge;  // RND.IC, 8 bytes
        QByteArray fixedKeyShare;   // K.IC, 16 bytes
    };

    explicit PassportChip(Config config);
    ~PassportChip() override;

    std::optional<ResponseApdu> handle(const CommandApdu& command, VirtualCard& card) override;
    void reset() override;

private:
    struct Session;
    struct Pace;

    std::optional<ResponseApdu> plain(const CommandApdu& command, VirtualCard& card);
    ResponseApdu secure(const CommandApdu& command, VirtualCard& card);
    ResponseApdu externalAuthenticate(const CommandApdu& command);
    ResponseApdu setAuthenticationTemplate(const CommandApdu& command);
    ResponseApdu paceStep(const CommandApdu& command);
    ResponseApdu internalAuthenticate(const CommandApdu& command);
    ResponseApdu chipAuthentication(const CommandApdu& command);

    Config m_config;
    QByteArray m_challenge;  // RND.IC of the last GET CHALLENGE
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Session> m_nextSession;  // Chip Authentication: after this answer
    std::unique_ptr<Pace> m_pace;
    bool m_caTemplateSet = false;
};

} // namespace madoguchi
