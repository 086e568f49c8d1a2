#pragma once

#include "core/base/Result.h"
#include "core/crypto/BlockCipher.h"

#include <QByteArray>
#include <QCoreApplication>

namespace madoguchi {

// The terminal's side of card-number authentication and the encrypt-only secure messaging of the
// residence card (residence-card.md §B2 first generation, §B4 second generation): the same steps
// and APDUs for both, with 3DES + retail MAC on the first and AES-128 + AES-CMAC(8) on the second.
// Pure computation; the APDUs are sent by the reader.
class ResidenceSecureChannel
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceSecureChannel)

public:
    enum class Generation
    {
        First,   // card types '1', '2'
        Second,  // card types '05', '06'
    };

    explicit ResidenceSecureChannel(Generation generation) : m_generation(generation) {}

    Generation generation() const { return m_generation; }

    // Kenc = Kmac = SHA-1(card number as ASCII, ResidenceCardNumber::normalize), first 16 bytes (§B2).
    static QByteArray cardNumberKey(QByteArrayView cardNumber);

    // The data of MUTUAL AUTHENTICATE: E.IFD = enc(K, RND.IFD ‖ RND.ICC ‖ K.IFD), 32 bytes, then
    // M.IFD = MAC(K, E.IFD), 8 bytes.
    QByteArray authenticationData(const QByteArray& key, const QByteArray& rndIcc, const QByteArray& rndIfd, const QByteArray& kIfd) const;
    // Checks the card's answer E.ICC ‖ M.ICC (the MAC first, then both random values) and derives
    // KSenc = SHA-1((K.IFD ⊕ K.ICC) ‖ 00 00 00 01), first 16 bytes.
    Result<QByteArray, QString> sessionKey(const QByteArray& key, const QByteArray& answer, const QByteArray& rndIcc, const QByteArray& rndIfd,
                                           const QByteArray& kIfd) const;
    // The data of the SM VERIFY (08 20 00 86): 86 11 01 ‖ enc(KSenc, card number ‖ 80 00 00 00).
    QByteArray verifyData(const QByteArray& sessionKey, QByteArrayView cardNumber) const;
    // The value of an SM READ answer, 86 <len> 01 <ciphertext>, decrypted and unpadded.
    Result<QByteArray, QString> readAnswer(const QByteArray& sessionKey, QByteArrayView answer) const;

    static QByteArray sha1Key(QByteArrayView data);

private:
    BlockCipher::Algorithm algorithm() const;
    QByteArray mac(const QByteArray& key, QByteArrayView data) const;

    Generation m_generation;
};

} // namespace madoguchi
