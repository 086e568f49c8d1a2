#include "core/cards/residence/TextApStyleSession.h"

#include "core/apdu/BerTlv.h"
#include "core/crypto/BlockCipher.h"

#include <QtEndian>

namespace madoguchi {
namespace {

// residence-card-0708.md §5: the key-delivery object A0 { 80 <32-byte encryption key seed> }.
const QByteArray kDeliveryHeader = QByteArray::fromHex("A0228020");
constexpr int kKeySize = 16;  // AES-128: K = seed[0..16]
constexpr quint8 kClaSm = 0x08;         // §5: SM, header not authenticated, no MAC
constexpr quint8 kCryptogramTag = 0x86;  // §5: 86 L 01 <cryptogram>, both directions
constexpr char kPaddingIndicator = 0x01;
constexpr quint8 kP2CardNumber = 0x86;  // §6: as on 05/06 (residence-card.md §B2) [U]

QByteArray cryptogramObject(QByteArrayView cryptogram)
{
    return BerTlv::encode(kCryptogramTag, QByteArray(1, kPaddingIndicator) + cryptogram.toByteArray());
}

} // namespace

QString TextApStyleSession::name() const
{
    return m_leObject == LeObject::TwoBytes ? QStringLiteral("T (text-AP style, Le object 96 02)")
                                            : QStringLiteral("T (text-AP style, Le object 96 03)");
}

QByteArray TextApStyleSession::iv(QByteArrayView key, quint32 counter)
{
    QByteArray block(16, '\0');
    qToBigEndian<quint32>(counter, block.data() + 12);
    return BlockCipher::encryptCbc(BlockCipher::Algorithm::Aes, key, block);
}

QByteArray TextApStyleSession::keyDelivery(QByteArrayView seed)
{
    close();
    m_key = SecureBytes(seed.first(kKeySize));
    return kDeliveryHeader + seed.toByteArray();
}

QByteArray TextApStyleSession::nextIv()
{
    return iv(m_key.view(), ++m_counter);
}

CommandApdu TextApStyleSession::verify(QByteArrayView cardNumber)
{
    const QByteArray cryptogram =
        BlockCipher::encryptCbc(BlockCipher::Algorithm::Aes, m_key.view(), BlockCipher::pad(cardNumber, kKeySize), nextIv());
    return CommandApdu(kClaSm, 0x20, 0x00, kP2CardNumber, cryptogramObject(cryptogram));
}

CommandApdu TextApStyleSession::readFile(quint8 sfi)
{
    nextIv();
    // §6: the whole file (Le 00 00 in the object), extended length as on 05/06 (§B2 step 7).
    const QByteArray leObject = m_leObject == LeObject::TwoBytes ? QByteArray::fromHex("96020000") : QByteArray::fromHex("9603000000");
    return CommandApdu(kClaSm, 0xB0, quint8(0x80 | sfi), 0x00, leObject, CommandApdu::kMaxExtendedLe, CommandApdu::Encoding::Extended);
}

Result<QByteArray, QString> TextApStyleSession::answer(const ResponseApdu& response)
{
    auto object = BerTlv::parse(response.data());
    if (!object || object->tag() != kCryptogramTag || object->value().size() < 1 + kKeySize || object->value()[0] != kPaddingIndicator)
        return tr("secure messaging: the answer is not an 86 object with padding indicator 01");
    const QByteArray plain =
        BlockCipher::decryptCbc(BlockCipher::Algorithm::Aes, m_key.view(), object->value().sliced(1), iv(m_key.view(), m_counter));
    auto unpadded = BlockCipher::unpad(plain);
    if (!unpadded)
        return tr("secure messaging: the decrypted answer is not padded (another session key or IV rule?)");
    return *unpadded;
}

void TextApStyleSession::close()
{
    m_key.wipe();
    m_counter = 0;
}

} // namespace madoguchi
