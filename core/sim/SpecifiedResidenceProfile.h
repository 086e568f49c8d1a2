#pragma once

#include "core/crypto/OpenSslPtr.h"
#include "core/sim/CardProfile.h"

#include <QByteArray>

#include <memory>

namespace madoguchi {

// The card's side of the 在留 AP on a virtual 07/08 card, written from residence-card-0708.md §4–§6
// (profile T; the ISA's own specification is not public): SET SESSION KEY 80 AE 00 00 with an
// RSA-OAEP (SHA-256) cryptogram to the card's delivery key, holding A0 22 80 20 <32-byte seed>;
// K = seed[0..16]; a message counter N from 1 on every SM command, IV(N) = AES-ECB(K, N); CLA 08,
// 86 L 01 cryptograms; VERIFY of the card number (P2 86, 63 00 on a mismatch); whole-file READ
// BINARY by SFI with the Le object. A 6988 ends the session (69FC after it); SELECTing the 在留 AP or
// any application outside DF1–DF3 ends it too (§2). DF1 only under SM, DF2/DF3 in plain once the
// card number was verified; the AP's own C0/C1 are free. Everything else goes to `platform`, the
// My Number card's own profile.
class SpecifiedResidenceProfile : public CardProfile
{
public:
    struct Options
    {
        QByteArray apAid;
        QList<QByteArray> dfAids;  // DF1, DF2, DF3
        QByteArray cardNumber;
        std::shared_ptr<EVP_PKEY> deliveryKey;  // the card's private delivery key
        bool threeByteLeObject = false;  // 96 03 00 LL LL instead of 96 02 LL LL (§6: which one is [U])
        bool refuseSession = false;      // every key delivery answered 6A80 (a card on another profile)
    };

    SpecifiedResidenceProfile(std::unique_ptr<CardProfile> platform, Options options);

    std::optional<ResponseApdu> handle(const CommandApdu& command, VirtualCard& card) override;
    void reset() override;

private:
    ResponseApdu setSessionKey(const CommandApdu& command, VirtualCard& card);
    ResponseApdu secureCommand(const CommandApdu& command, VirtualCard& card);
    ResponseApdu secureRead(const CommandApdu& command, VirtualCard& card, const QByteArray& iv);
    // 6988, and the session is gone for good.
    ResponseApdu breakSession();
    void endSession();

    std::unique_ptr<CardProfile> m_platform;
    Options m_options;
    QByteArray m_key;  // K; empty: no session
    quint32 m_counter = 0;
    bool m_broken = false;
    bool m_verified = false;
};

} // namespace madoguchi
