#pragma once

#include "core/sim/CardProfile.h"

#include <QByteArray>

namespace madoguchi {

// The card's side of residence-card access (residence-card.md §B2 first generation, §B4 second),
// written from the spec: GET CHALLENGE, MUTUAL AUTHENTICATE with keys from the card number, the
// encrypt-only secure messaging (one session key, no MAC, no counter) for VERIFY of the card number
// and for READ BINARY. Until the card number is verified nothing under DF1–DF3 can be read; DF1
// only under secure messaging.
class ResidenceCardProfile : public CardProfile
{
public:
    enum class Generation
    {
        First,   // 2-key 3DES-CBC, retail MAC (ISO/IEC 9797-1 algorithm 3)
        Second,  // AES-128-CBC, AES-CMAC truncated to 8 bytes
    };
    // What the card draws at random; fixed only to replay the spec's test vectors.
    struct Randomness
    {
        QByteArray rndIcc;  // 8 bytes, the challenge
        QByteArray kIcc;    // 16 bytes, the card's key share
    };

    ResidenceCardProfile(Generation generation, QByteArray cardNumber, QByteArray df1Aid, Randomness fixed = {});

    std::optional<ResponseApdu> handle(const CommandApdu& command, VirtualCard& card) override;
    void reset() override;

private:
    ResponseApdu getChallenge(const CommandApdu& command);
    ResponseApdu mutualAuthenticate(const CommandApdu& command);
    ResponseApdu verifyCardNumber(const CommandApdu& command);
    ResponseApdu secureRead(const CommandApdu& command, VirtualCard& card);
    QByteArray encrypt(const QByteArray& key, const QByteArray& data) const;
    QByteArray decrypt(const QByteArray& key, const QByteArray& data) const;
    QByteArray mac(const QByteArray& key, const QByteArray& data) const;

    Generation m_generation;
    QByteArray m_cardNumber;
    QByteArray m_key;  // Kenc = Kmac
    QByteArray m_df1Aid;
    Randomness m_fixed;

    QByteArray m_challenge;   // RND.ICC of the GET CHALLENGE just before; cleared by any other command
    QByteArray m_sessionKey;  // KSenc after MUTUAL AUTHENTICATE
    bool m_verified = false;
};

} // namespace madoguchi
