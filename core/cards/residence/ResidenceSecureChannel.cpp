#include "core/cards/residence/ResidenceSecureChannel.h"

#include "core/apdu/BerTlv.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace madoguchi {
namespace {

// §B2: the SM data object holding the cryptogram, and its padding-indicator byte.
constexpr quint32 kCryptogramTag = 0x86;
constexpr char kPaddingIndicator = 0x01;
constexpr int kMacSize = 8;

} // namespace

QByteArray ResidenceSecureChannel::sha1Key(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).left(16);
}

QByteArray ResidenceSecureChannel::cardNumberKey(QByteArrayView cardNumber)
{
    return sha1Key(cardNumber);
}

BlockCipher::Algorithm ResidenceSecureChannel::algorithm() const
{
    return m_generation == Generation::First ? BlockCipher::Algorithm::TripleDes : BlockCipher::Algorithm::Aes;
}

QByteArray ResidenceSecureChannel::mac(const QByteArray& key, QByteArrayView data) const
{
    // §B2: ISO 9797-1 MAC algorithm 3, padding method 2; §B4: AES-CMAC truncated to 8 bytes.
    return m_generation == Generation::First ? BlockCipher::retailMac(key, data) : BlockCipher::aesCmac(key, data).left(kMacSize);
}

QByteArray ResidenceSecureChannel::authenticationData(const QByteArray& key, const QByteArray& rndIcc, const QByteArray& rndIfd,
                                                      const QByteArray& kIfd) const
{
    const QByteArray eIfd = BlockCipher::encryptCbc(algorithm(), key, rndIfd + rndIcc + kIfd);
    return eIfd + mac(key, eIfd);
}

Result<QByteArray, QString> ResidenceSecureChannel::sessionKey(const QByteArray& key, const QByteArray& answer, const QByteArray& rndIcc,
                                                               const QByteArray& rndIfd, const QByteArray& kIfd) const
{
    if (answer.size() != 32 + kMacSize)
        return tr("mutual authentication: the card answered %1 bytes, not 40").arg(answer.size());
    const QByteArray eIcc = answer.first(32);
    const QByteArray expected = mac(key, eIcc);
    if (CRYPTO_memcmp(expected.constData(), answer.constData() + 32, kMacSize) != 0)
        return tr("mutual authentication: the card's MAC does not verify");
    const QByteArray plain = BlockCipher::decryptCbc(algorithm(), key, eIcc);
    if (plain.size() != 32 || plain.first(8) != rndIcc || plain.sliced(8, 8) != rndIfd)
        return tr("mutual authentication: the card's answer does not hold the challenges");
    const QByteArray kIcc = plain.sliced(16);
    QByteArray mixed(16, '\0');
    for (int i = 0; i < 16; ++i)
        mixed[i] = char(kIfd[i] ^ kIcc[i]);
    return sha1Key(mixed + QByteArray::fromHex("00000001"));
}

QByteArray ResidenceSecureChannel::verifyData(const QByteArray& sessionKey, QByteArrayView cardNumber) const
{
    const QByteArray cryptogram =
        BlockCipher::encryptCbc(algorithm(), sessionKey, BlockCipher::pad(cardNumber, BlockCipher::blockSize(algorithm())));
    return QByteArray(1, char(kCryptogramTag)) + char(cryptogram.size() + 1) + kPaddingIndicator + cryptogram;
}

Result<QByteArray, QString> ResidenceSecureChannel::readAnswer(const QByteArray& sessionKey, QByteArrayView answer) const
{
    auto object = BerTlv::parse(answer);
    if (!object || object->tag() != kCryptogramTag || object->value().isEmpty() || object->value()[0] != kPaddingIndicator)
        return tr("secure messaging: the answer is not an 86 object with padding indicator 01");
    const QByteArray plain = BlockCipher::decryptCbc(algorithm(), sessionKey, object->value().sliced(1));
    auto unpadded = BlockCipher::unpad(plain);
    if (!unpadded)
        return tr("secure messaging: the decrypted data is not padded as the specification says (wrong session key?)");
    return *unpadded;
}

} // namespace madoguchi
