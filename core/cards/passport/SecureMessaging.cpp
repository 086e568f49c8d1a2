#include "core/cards/passport/SecureMessaging.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"

namespace madoguchi {
namespace {

// passport.md §2: the data objects of a protected APDU.
constexpr quint8 kTagCryptogram = 0x87;     // padding indicator 01, then the cryptogram (even INS)
constexpr quint8 kTagCryptogramOdd = 0x85;  // the cryptogram alone (odd INS, e.g. B1)
constexpr quint8 kTagLe = 0x97;
constexpr quint8 kTagStatus = 0x99;
constexpr quint8 kTagMac = 0x8E;
constexpr char kPaddingIndicator = 0x01;


} // namespace

SecureMessaging::SecureMessaging(ApduTransport& card, Algorithm algorithm, QByteArray encryptionKey, QByteArray macKey, QByteArray ssc)
    : m_card(card), m_algorithm(algorithm), m_encryptionKey(std::move(encryptionKey)), m_macKey(std::move(macKey)), m_ssc(std::move(ssc))
{
}

SecureMessaging::~SecureMessaging()
{
    m_encryptionKey.fill('\0');
    m_macKey.fill('\0');
    m_ssc.fill('\0');
}

int SecureMessaging::maxLe() const
{
    if (m_card.maxLe() > CommandApdu::kMaxShortLe)
        return kMaxExtendedLe;
    // A card that refused larger reads keeps its smaller size under secure messaging too.
    return std::min(m_card.maxLe(), m_algorithm == Algorithm::TripleDes ? kMaxShortLe3Des : kMaxShortLeAes);
}

void SecureMessaging::increment()
{
    // A fixed-size big-endian counter: leading zeros stay (§7).
    for (qsizetype i = m_ssc.size() - 1; i >= 0; --i) {
        m_ssc[i] = char(quint8(m_ssc[i]) + 1);
        if (m_ssc[i] != '\0')
            break;
    }
}

QByteArray SecureMessaging::encrypt(QByteArrayView data) const
{
    // §2: 3DES with IV 0; AES with IV = E(KSenc, SSC) for the SSC of this message.
    const QByteArray iv = m_algorithm == Algorithm::Aes ? BlockCipher::encryptCbc(m_algorithm, m_encryptionKey, m_ssc) : QByteArray();
    return BlockCipher::encryptCbc(m_algorithm, m_encryptionKey, BlockCipher::pad(data, blockSize()), iv);
}

QByteArray SecureMessaging::decrypt(QByteArrayView data) const
{
    const QByteArray iv = m_algorithm == Algorithm::Aes ? BlockCipher::encryptCbc(m_algorithm, m_encryptionKey, m_ssc) : QByteArray();
    return BlockCipher::decryptCbc(m_algorithm, m_encryptionKey, data, iv);
}

QByteArray SecureMessaging::mac(QByteArrayView data) const
{
    // §2: MAC over SSC ‖ data, padded with method 2 (the retail MAC pads itself; CMAC is given the
    // padded data, as the BSI worked example shows).
    const QByteArray input = m_ssc + data.toByteArray();
    if (m_algorithm == Algorithm::TripleDes)
        return BlockCipher::retailMac(m_macKey, input);
    return BlockCipher::aesCmac(m_macKey, BlockCipher::pad(input, blockSize())).left(8);
}

CommandApdu SecureMessaging::protect(const CommandApdu& command)
{
    increment();
    const quint8 cla = command.cla() | 0x0C;
    QByteArray header;
    header.append(char(cla)).append(char(command.ins())).append(char(command.p1())).append(char(command.p2()));
    QByteArray objects;
    if (!command.data().isEmpty()) {
        const QByteArray cryptogram = encrypt(command.data());
        objects += (command.ins() & 1) ? BerTlv::encode(kTagCryptogramOdd, cryptogram) : BerTlv::encode(kTagCryptogram, kPaddingIndicator + cryptogram);
    }
    if (command.hasLe()) {
        // §2: 97 01 00 is 256; 97 02 xxxx for extended lengths (0000 = 65536).
        QByteArray le;
        if (command.le() > CommandApdu::kMaxShortLe)
            le.append(char((command.le() >> 8) & 0xFF)).append(char(command.le() & 0xFF));
        else
            le.append(char(command.le() & 0xFF));
        objects += BerTlv::encode(kTagLe, le);
    }
    const QByteArray macValue = mac(BlockCipher::pad(header, blockSize()) + objects);
    objects += BerTlv::encode(kTagMac, macValue);
    const bool extended = command.le() > CommandApdu::kMaxShortLe || objects.size() > CommandApdu::kMaxShortLc;
    // §2: Le must be present (00, or 0000 with extended length).
    return CommandApdu(cla, command.ins(), command.p1(), command.p2(), objects,
                       extended ? CommandApdu::kMaxExtendedLe : CommandApdu::kMaxShortLe,
                       extended ? CommandApdu::Encoding::Extended : CommandApdu::Encoding::Automatic);
}

Result<ResponseApdu, QString> SecureMessaging::unprotect(const ResponseApdu& response)
{
    increment();
    QByteArrayView cryptogram;
    bool odd = false;
    QByteArrayView status;
    QByteArrayView macValue;
    QByteArray macInput;
    BerTlvReader reader(response.data());
    while (!reader.atEnd()) {
        auto object = reader.next();
        if (!object)
            return tr("the protected answer is not well-formed: %1").arg(object.error().message());
        switch (object->tag()) {
        case kTagCryptogram:
        case kTagCryptogramOdd:
            cryptogram = object->value();
            odd = object->tag() == kTagCryptogramOdd;
            macInput += object->encoded().toByteArray();
            break;
        case kTagStatus:
            status = object->value();
            macInput += object->encoded().toByteArray();
            break;
        case kTagMac:
            macValue = object->value();
            break;
        default:
            return tr("the protected answer holds an unexpected object %1").arg(object->tag(), 0, 16);
        }
    }
    if (macValue.isEmpty())
        return tr("the answer carries no MAC (status %1)").arg(response.sw().toHex());
    if (macValue != mac(macInput))
        return tr("the MAC of the answer is wrong");
    QByteArray data;
    if (!cryptogram.isEmpty()) {
        if (!odd) {
            if (cryptogram[0] != kPaddingIndicator)
                return tr("unknown padding indicator in the answer");
            cryptogram = cryptogram.sliced(1);
        }
        if (cryptogram.isEmpty() || cryptogram.size() % blockSize() != 0)
            return tr("the cryptogram of the answer is not a whole number of blocks");
        auto plain = BlockCipher::unpad(decrypt(cryptogram));
        if (!plain)
            return tr("the decrypted answer is not padded");
        data = std::move(*plain);
    }
    const StatusWord sw = status.size() == 2 ? StatusWord(quint16((quint8(status[0]) << 8) | quint8(status[1]))) : response.sw();
    return ResponseApdu(data, sw);
}

Result<ResponseApdu, ReaderError> SecureMessaging::transmit(const CommandApdu& command)
{
    if (m_lost)
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("secure messaging session ended"));
    auto response = m_card.transmit(protect(command));
    if (!response)
        return response.error();
    const StatusWord sw = response->sw();
    if (sw == StatusWord(StatusWord::kSmDataObjectsMissing) || sw == StatusWord(StatusWord::kSmDataObjectsIncorrect)) {
        m_lost = true;
        return ReaderError::refused(sw, QStringLiteral("%1: the chip refused the secure messaging").arg(command.header()));
    }
    if (response->data().isEmpty() && !sw.isSuccess()) {
        // An unprotected error status: pass it on, but the keys may be gone (§7).
        m_lost = true;
        return ResponseApdu(sw);
    }
    auto plain = unprotect(*response);
    if (!plain) {
        m_lost = true;
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("%1: %2").arg(command.header(), plain.error()));
    }
    return std::move(plain).value();
}

} // namespace madoguchi
