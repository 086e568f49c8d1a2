#pragma once

#include "core/sim/CardProfile.h"

#include <QByteArray>

#include <memory>
#include <openssl/evp.h>

namespace madoguchi {

// What a My Number card does beyond ISO/IEC 7816-4: COMPUTE DIGITAL SIGNATURE (80 2A) with the
// chip's own key while the text AP or the 券面AP is current, no credential needed (mynumber.md
// §3.5, §4.2 "card liveness"); with P1 00 the card PKCS#1-v1.5-pads whatever it is given (§5).
// SELECT MF answers as §1 says: 6A86 after reset, 9000 without effect once an AP is current.
class MyNumberProfile : public CardProfile
{
public:
    MyNumberProfile(std::shared_ptr<EVP_PKEY> chipKey, QByteArray textAid, QByteArray surfaceAid);

    std::optional<ResponseApdu> handle(const CommandApdu& command, VirtualCard& card) override;

private:
    std::shared_ptr<EVP_PKEY> m_chipKey;
    QByteArray m_textAid;
    QByteArray m_surfaceAid;
};

} // namespace madoguchi
