#include "core/sim/SpecifiedResidenceProfile.h"

#include "core/apdu/BerTlv.h"
#include "core/crypto/BlockCipher.h"
#include "core/crypto/Rsa.h"
#include "core/sim/VirtualCard.h"

#include <QtEndian>

namespace madoguchi {
namespace {

constexpr quint8 kClaSm = 0x08;  // §5: SM without MAC
constexpr quint8 kInsSetSessionKey = 0xAE;
constexpr quint8 kInsVerify = 0x20;
constexpr quint8 kInsReadBinary = 0xB0;
constexpr quint8 kInsSelect = 0xA4;
constexpr quint8 kP2CardNumber = 0x86;  // §6, as on 05/06
constexpr quint16 kSessionDestroyed = 0x69FC;  // §5: every SM command after a 6988
constexpr int kDeliverySize = 256;  // RSA-2048
const QByteArray kDeliveryHeader = QByteArray::fromHex("A0228020");  // §5: A0 { 80 <32> }

ResponseApdu status(quint16 sw)
{
    return ResponseApdu(StatusWord(sw));
}

QByteArray counterIv(const QByteArray& key, quint32 counter)
{
    // §5: IV(N) = AES-128-ECB(K, N as a 16-byte big-endian number).
    QByteArray block(16, '\0');
    qToBigEndian<quint32>(counter, block.data() + 12);
    return BlockCipher::encryptCbc(BlockCipher::Algorithm::Aes, key, block);
}

} // namespace

SpecifiedResidenceProfile::SpecifiedResidenceProfile(std::unique_ptr<CardProfile> platform, Options options)
    : m_platform(std::move(platform)), m_options(std::move(options))
{
}

void SpecifiedResidenceProfile::endSession()
{
    m_key.fill('\0');
    m_key.clear();
    m_counter = 0;
    m_broken = false;
    m_verified = false;
}

void SpecifiedResidenceProfile::reset()
{
    endSession();
    m_platform->reset();
}

ResponseApdu SpecifiedResidenceProfile::breakSession()
{
    endSession();
    m_broken = true;
    return status(StatusWord::kSmDataObjectsIncorrect);
}

std::optional<ResponseApdu> SpecifiedResidenceProfile::handle(const CommandApdu& command, VirtualCard& card)
{
    // §2: SELECTing the 在留 AP (or leaving it) ends the session; DF1–DF3 keep it.
    if (command.cla() == 0x00 && command.ins() == kInsSelect && command.p1() == 0x04 && !m_options.dfAids.contains(command.data()))
        endSession();
    const QByteArray& current = card.currentDf().aid();
    const bool inAp = current == m_options.apAid;
    const bool inDf = m_options.dfAids.contains(current);
    if (!inAp && !inDf)
        return m_platform->handle(command, card);
    if (command.cla() == 0x80 && command.ins() == kInsSetSessionKey)
        return inAp ? setSessionKey(command, card) : status(StatusWord::kConditionsNotSatisfied);
    if (command.cla() == kClaSm)
        return secureCommand(command, card);
    // Plain: the AP's own files are free; DF2/DF3 once verified; DF1 and VERIFY only under SM.
    if (command.ins() == kInsVerify)
        return status(StatusWord::kSecurityStatusNotSatisfied);
    if (command.ins() == kInsReadBinary && inDf && (!m_verified || current == m_options.dfAids.value(0)))
        return status(StatusWord::kSecurityStatusNotSatisfied);
    return m_platform->handle(command, card);
}

ResponseApdu SpecifiedResidenceProfile::setSessionKey(const CommandApdu& command, VirtualCard&)
{
    endSession();
    if (command.p1() != 0x00 || command.p2() != 0x00)
        return status(StatusWord::kIncorrectP1P2);
    if (command.data().size() != kDeliverySize)
        return status(StatusWord::kWrongLength);
    if (m_options.refuseSession)
        return status(StatusWord::kWrongData);
    // §5: 6A80 for a wrong structure or key.
    const auto plain = Rsa::decryptOaepSha256(m_options.deliveryKey.get(), command.data());
    if (!plain || plain->size() != kDeliveryHeader.size() + 32 || !plain->startsWith(kDeliveryHeader))
        return status(StatusWord::kWrongData);
    m_key = plain->sliced(kDeliveryHeader.size(), 16);
    return status(StatusWord::kSuccess);
}

ResponseApdu SpecifiedResidenceProfile::secureCommand(const CommandApdu& command, VirtualCard& card)
{
    if (m_broken)
        return status(kSessionDestroyed);
    if (m_key.isEmpty())
        return status(StatusWord::kSecurityStatusNotSatisfied);
    // §5: N advances on every SM command, also on those refused.
    const QByteArray iv = counterIv(m_key, ++m_counter);
    if (command.ins() == kInsReadBinary)
        return m_verified ? secureRead(command, card, iv) : status(StatusWord::kSecurityStatusNotSatisfied);
    if (command.ins() != kInsVerify || command.p1() != 0x00 || command.p2() != kP2CardNumber)
        return status(StatusWord::kSmNotSupported);
    const auto object = BerTlv::parse(command.data());
    if (!object || object->tag() != 0x86 || object->value().size() < 17 || object->value()[0] != 0x01)
        return breakSession();
    const auto number = BlockCipher::unpad(BlockCipher::decryptCbc(BlockCipher::Algorithm::Aes, m_key, object->value().sliced(1), iv));
    if (!number)
        return breakSession();
    m_verified = *number == m_options.cardNumber;
    // residence-card-0708.md §8 [U]: 63 00 as on 05/06 (no retry counter is documented).
    return status(m_verified ? StatusWord::kSuccess : StatusWord::kVerifyFailedNoCounter);
}

ResponseApdu SpecifiedResidenceProfile::secureRead(const CommandApdu& command, VirtualCard& card, const QByteArray& iv)
{
    // §6: 96 02 LL LL, or 96 03 00 LL LL on the other variant; 0 asks for the whole file.
    const QByteArray& data = command.data();
    const bool three = m_options.threeByteLeObject;
    if (data.size() != (three ? 5 : 4) || quint8(data[0]) != 0x96 || quint8(data[1]) != (three ? 0x03 : 0x02) || (three && data[2] != 0))
        return breakSession();
    const int asked = (quint8(data[data.size() - 2]) << 8) | quint8(data[data.size() - 1]);
    const ResponseApdu plain = card.process(CommandApdu(0x00, kInsReadBinary, command.p1(), command.p2(), {},
                                                        asked == 0 ? CommandApdu::kMaxExtendedLe : asked));
    if (!plain.sw().carriesData())
        return plain;
    const QByteArray cryptogram = BlockCipher::encryptCbc(BlockCipher::Algorithm::Aes, m_key, BlockCipher::pad(plain.data(), 16), iv);
    return ResponseApdu(BerTlv::encode(0x86, QByteArray(1, '\x01') + cryptogram), plain.sw());
}

} // namespace madoguchi
