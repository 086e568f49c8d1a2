#pragma once

#include "core/crypto/BlockCipher.h"
#include "core/reader/ApduTransport.h"

#include <QCoreApplication>

namespace madoguchi {

// ICAO 9303-11 secure messaging, terminal side (passport.md §2), as a transport over the card's: every
// command goes out protected (CLA | 0C, DO87 or DO85 with the padded and encrypted data, DO97 with
// Le, DO8E with the MAC, and Le 00 / 0000), every answer comes back checked (DO8E over SSC ‖ DO87 ‖
// DO99) and decrypted, with the status word of DO99. 3DES (8-byte SSC, zero IV, retail MAC) after
// BAC or a 3DES PACE/CA; AES (16-byte SSC, IV = E(KSenc, SSC), CMAC cut to 8 bytes) otherwise.
//
// A wrong or missing MAC, 6987 / 6988, or an unprotected answer ends the session (lost()): the chip
// has deleted its keys or is about to (§2, §7). The reader then runs BAC or PACE again instead of
// sending more commands into a dead session.
class SecureMessaging : public ApduTransport
{
    Q_DECLARE_TR_FUNCTIONS(SecureMessaging)

public:
    using Algorithm = BlockCipher::Algorithm;

    // `ssc` 8 bytes for 3DES, 16 for AES.
    SecureMessaging(ApduTransport& card, Algorithm algorithm, QByteArray encryptionKey, QByteArray macKey, QByteArray ssc);
    ~SecureMessaging() override;
    SecureMessaging(const SecureMessaging&) = delete;
    SecureMessaging& operator=(const SecureMessaging&) = delete;

    Result<ResponseApdu, ReaderError> transmit(const CommandApdu& command) override;
    // §6 derived: 231 plain bytes fit a short 3DES answer, 223 an AES one; with extended length a
    // little under 64 KiB.
    int maxLe() const override;
    bool disableExtendedLength() override { return m_card.disableExtendedLength(); }
    // Remembered by the card's channel: a new session after this one keeps the smaller size.
    bool reduceReadSize(int refusedLe) override { return m_card.reduceReadSize(refusedLe); }

    // The two halves of transmit(), each advancing the SSC: for the worked examples.
    CommandApdu protect(const CommandApdu& command);
    Result<ResponseApdu, QString> unprotect(const ResponseApdu& response);

    Algorithm algorithm() const { return m_algorithm; }
    const QByteArray& ssc() const { return m_ssc; }
    bool lost() const { return m_lost; }

    static constexpr int kMaxShortLe3Des = 231;
    static constexpr int kMaxShortLeAes = 223;
    static constexpr int kMaxExtendedLe = 65000;

private:
    void increment();
    QByteArray encrypt(QByteArrayView data) const;
    QByteArray decrypt(QByteArrayView data) const;
    QByteArray mac(QByteArrayView data) const;
    int blockSize() const { return BlockCipher::blockSize(m_algorithm); }

    ApduTransport& m_card;
    Algorithm m_algorithm;
    QByteArray m_encryptionKey;
    QByteArray m_macKey;
    QByteArray m_ssc;
    bool m_lost = false;
};

} // namespace madoguchi
