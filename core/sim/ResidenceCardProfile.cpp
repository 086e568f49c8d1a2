#include "core/sim/ResidenceCardProfile.h"

#include "core/crypto/BlockCipher.h"
#include "core/crypto/Random.h"
#include "core/sim/VirtualCard.h"

#include <QCryptographicHash>

namespace madoguchi {
namespace {

// §B2 step 2, 4, 6; §B4 (same APDUs on both generations).
constexpr quint8 kInsGetChallenge = 0x84;
constexpr quint8 kInsMutualAuthenticate = 0x82;
constexpr quint8 kInsVerify = 0x20;
constexpr quint8 kInsReadBinary = 0xB0;
constexpr quint8 kClaSm = 0x08;       // §B2: SM without an authenticated header
constexpr quint8 kP2CardNumber = 0x86;
constexpr quint8 kPaddingIndicator = 0x01;  // §B2: the byte after tag 86

ResponseApdu status(quint16 sw)
{
    return ResponseApdu(StatusWord(sw));
}

QByteArray sha1First16(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).left(16);
}

} // namespace

ResidenceCardProfile::ResidenceCardProfile(Generation generation, QByteArray cardNumber, QByteArray df1Aid, Randomness fixed)
    : m_generation(generation),
      m_cardNumber(std::move(cardNumber)),
      m_key(sha1First16(m_cardNumber)),  // §B2: SHA-1 of the 12 ASCII characters, first 16 bytes
      m_df1Aid(std::move(df1Aid)),
      m_fixed(std::move(fixed))
{
}

void ResidenceCardProfile::reset()
{
    m_challenge.clear();
    m_sessionKey.clear();
    m_verified = false;
}

QByteArray ResidenceCardProfile::encrypt(const QByteArray& key, const QByteArray& data) const
{
    return BlockCipher::encryptCbc(m_generation == Generation::First ? BlockCipher::Algorithm::TripleDes : BlockCipher::Algorithm::Aes, key, data);
}

QByteArray ResidenceCardProfile::decrypt(const QByteArray& key, const QByteArray& data) const
{
    return BlockCipher::decryptCbc(m_generation == Generation::First ? BlockCipher::Algorithm::TripleDes : BlockCipher::Algorithm::Aes, key, data);
}

QByteArray ResidenceCardProfile::mac(const QByteArray& key, const QByteArray& data) const
{
    // §B2: retail MAC with padding method 2; §B4: AES-CMAC, first 8 bytes.
    return m_generation == Generation::First ? BlockCipher::retailMac(key, data) : BlockCipher::aesCmac(key, data).left(8);
}

std::optional<ResponseApdu> ResidenceCardProfile::handle(const CommandApdu& command, VirtualCard& card)
{
    // §B2 step 2: the challenge is good for the very next command only.
    QByteArray challenge;
    std::swap(challenge, m_challenge);
    if (command.cla() == 0x00 && command.ins() == kInsGetChallenge)
        return getChallenge(command);
    if (command.cla() == 0x00 && command.ins() == kInsMutualAuthenticate) {
        m_challenge = challenge;
        ResponseApdu answer = mutualAuthenticate(command);
        m_challenge.clear();
        return answer;
    }
    if (command.ins() == kInsVerify && command.p2() == kP2CardNumber)
        return command.cla() == kClaSm ? verifyCardNumber(command) : status(StatusWord::kSecurityStatusNotSatisfied);
    if (command.ins() == kInsReadBinary) {
        if (command.cla() == kClaSm)
            return m_verified ? secureRead(command, card) : status(StatusWord::kSecurityStatusNotSatisfied);
        // The MF's files are free; DF2/DF3 once the card number was verified; DF1 only under
        // secure messaging (§B1 "Access").
        const QByteArray& aid = card.currentDf().aid();
        if (!aid.isEmpty() && (!m_verified || aid == m_df1Aid))
            return status(StatusWord::kSecurityStatusNotSatisfied);
    }
    if (command.cla() == kClaSm)
        return status(StatusWord::kSmDataObjectsIncorrect);
    return std::nullopt;
}

ResponseApdu ResidenceCardProfile::getChallenge(const CommandApdu& command)
{
    // §B2 step 2: 00 84 00 00 08.
    if (command.p1() != 0 || command.p2() != 0 || command.le() != 8)
        return status(StatusWord::kIncorrectP1P2);
    m_challenge = m_fixed.rndIcc.size() == 8 ? m_fixed.rndIcc : Random::bytes(8);
    return ResponseApdu(m_challenge, StatusWord(StatusWord::kSuccess));
}

ResponseApdu ResidenceCardProfile::mutualAuthenticate(const CommandApdu& command)
{
    // §B2 step 4: 00 82 00 00 28 E.IFD(32) M.IFD(8) 00.
    if (command.p1() != 0 || command.p2() != 0 || command.data().size() != 40)
        return status(StatusWord::kWrongLength);
    if (m_challenge.isEmpty())
        return status(StatusWord::kConditionsNotSatisfied);
    m_sessionKey.clear();
    m_verified = false;
    const QByteArray eIfd = command.data().left(32);
    // §B2: a wrong key (another card number, or 3DES on a second-generation card) is 63 00.
    if (mac(m_key, eIfd) != command.data().mid(32))
        return status(StatusWord::kVerifyFailedNoCounter);
    const QByteArray plain = decrypt(m_key, eIfd);  // RND.IFD ‖ RND.ICC ‖ K.IFD
    if (plain.mid(8, 8) != m_challenge)
        return status(StatusWord::kVerifyFailedNoCounter);
    const QByteArray rndIfd = plain.left(8);
    const QByteArray kIfd = plain.mid(16, 16);
    const QByteArray kIcc = m_fixed.kIcc.size() == 16 ? m_fixed.kIcc : Random::bytes(16);
    const QByteArray eIcc = encrypt(m_key, m_challenge + rndIfd + kIcc);
    // §B2 step 5: KSenc = SHA-1((K.IFD ⊕ K.ICC) ‖ 00 00 00 01), first 16 bytes.
    QByteArray shared(16, '\0');
    for (int i = 0; i < 16; ++i)
        shared[i] = char(kIfd[i] ^ kIcc[i]);
    m_sessionKey = sha1First16(shared + QByteArray::fromHex("00000001"));
    return ResponseApdu(eIcc + mac(m_key, eIcc), StatusWord(StatusWord::kSuccess));
}

ResponseApdu ResidenceCardProfile::verifyCardNumber(const CommandApdu& command)
{
    if (m_sessionKey.isEmpty())
        return status(StatusWord::kSecurityStatusNotSatisfied);
    // §B2 step 6: 86 11 01 ‖ enc(KSenc, card number ‖ 80 00 00 00).
    const QByteArray& data = command.data();
    if (command.p1() != 0 || data.size() != 19 || quint8(data[0]) != 0x86 || quint8(data[1]) != 0x11 || quint8(data[2]) != kPaddingIndicator)
        return status(StatusWord::kSmDataObjectsIncorrect);
    const auto plain = BlockCipher::unpad(decrypt(m_sessionKey, data.mid(3)));
    m_verified = plain && *plain == m_cardNumber;
    return status(m_verified ? StatusWord::kSuccess : StatusWord::kVerifyFailedNoCounter);
}

ResponseApdu ResidenceCardProfile::secureRead(const CommandApdu& command, VirtualCard& card)
{
    // §B2 step 7: 08 B0 P1 P2 00 00 04 96 02 LL LL 00 00; 96 02 00 00 is "all".
    const QByteArray& data = command.data();
    if (data.size() != 4 || quint8(data[0]) != 0x96 || quint8(data[1]) != 0x02)
        return status(StatusWord::kSmDataObjectsIncorrect);
    const int asked = (quint8(data[2]) << 8) | quint8(data[3]);
    const ResponseApdu plain = card.process(CommandApdu(0x00, kInsReadBinary, command.p1(), command.p2(), {},
                                                        asked == 0 ? CommandApdu::kMaxExtendedLe : asked));
    if (!plain.sw().carriesData())
        return plain;
    const int block = m_generation == Generation::First ? 8 : 16;
    const QByteArray value = QByteArray(1, char(kPaddingIndicator)) + encrypt(m_sessionKey, BlockCipher::pad(plain.data(), block));
    QByteArray header(1, char(0x86));
    if (value.size() < 0x80)
        header.append(char(value.size()));
    else if (value.size() < 0x100)
        header.append(char(0x81)).append(char(value.size()));
    else
        header.append(char(0x82)).append(char(value.size() >> 8)).append(char(value.size() & 0xFF));
    return ResponseApdu(header + value, plain.sw());  // 9000, or 6282 with the eof-warning quirk
}

} // namespace madoguchi
