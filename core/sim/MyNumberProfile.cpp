#include "core/sim/MyNumberProfile.h"

#include "core/crypto/Rsa.h"
#include "core/sim/VirtualCard.h"

namespace madoguchi {

MyNumberProfile::MyNumberProfile(std::shared_ptr<EVP_PKEY> chipKey, QByteArray textAid, QByteArray surfaceAid)
    : m_chipKey(std::move(chipKey)), m_textAid(std::move(textAid)), m_surfaceAid(std::move(surfaceAid))
{
}

std::optional<ResponseApdu> MyNumberProfile::handle(const CommandApdu& command, VirtualCard& card)
{
    // mynumber.md §1: "No usable SELECT MF": 6A86 after a cold reset, 9000 without effect otherwise.
    if (command.cla() == 0x00 && command.ins() == 0xA4 && command.p1() == 0x00) {
        const bool apCurrent = !card.currentDf().aid().isEmpty();
        return ResponseApdu(StatusWord(apCurrent ? StatusWord::kSuccess : StatusWord::kIncorrectP1P2));
    }
    if (command.cla() != 0x80 || command.ins() != 0x2A)
        return std::nullopt;
    const QByteArray& aid = card.currentDf().aid();
    if (aid != m_textAid && aid != m_surfaceAid)
        return ResponseApdu(StatusWord(StatusWord::kSecurityStatusNotSatisfied));  // JPKI keys need a PIN
    if (command.p1() != 0x00 || command.p2() != 0x00)
        return ResponseApdu(StatusWord(StatusWord::kIncorrectP1P2));
    // PKCS#1 v1.5 leaves room for at most k - 11 bytes of payload.
    if (command.data().isEmpty() || command.data().size() > Rsa::sizeInBytes(m_chipKey.get()) - 11)
        return ResponseApdu(StatusWord(StatusWord::kWrongLength));
    return ResponseApdu(Rsa::signPadded(m_chipKey.get(), command.data()), StatusWord(StatusWord::kSuccess));
}

} // namespace madoguchi
