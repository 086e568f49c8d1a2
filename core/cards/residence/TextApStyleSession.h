#pragma once

#include "core/cards/residence/SpecifiedSession.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>

namespace madoguchi {

// Profile T of residence-card-0708.md §6: the SET SESSION KEY of the My Number card's text AP (§5)
// applied to the 在留 AP. Key delivery A0 22 80 20 <32 random bytes>, K = the first 16; a message
// counter N from 1, IV(N) = AES-128-ECB(K, N as 16 big-endian bytes), the same IV for a command and
// its answer; CLA 08 (no MAC), cryptograms in 86 L 01 objects with ISO/IEC 7816-4 padding.
// Which Le object the 在留 AP takes is unknown [U]: 96 02 LL LL as on 05/06 cards, or 96 03 00 LL LL
// as on the text AP; each is its own variant (a 6988 destroys the session, so the reader starts
// over rather than retrying inside one).
class TextApStyleSession : public SpecifiedSession
{
    Q_DECLARE_TR_FUNCTIONS(TextApStyleSession)

public:
    enum class LeObject
    {
        TwoBytes,    // 96 02 LL LL (residence-card.md §B4)
        ThreeBytes,  // 96 03 00 LL LL (residence-card-0708.md §5)
    };

    explicit TextApStyleSession(LeObject leObject) : m_leObject(leObject) {}
    ~TextApStyleSession() override { close(); }

    QString name() const override;
    int seedSize() const override { return 32; }
    QByteArray keyDelivery(QByteArrayView seed) override;
    CommandApdu verify(QByteArrayView cardNumber) override;
    CommandApdu readFile(quint8 sfi) override;
    Result<QByteArray, QString> answer(const ResponseApdu& response) override;
    void close() override;

    // IV(N) under `key` (§5): also the card's side, for the virtual card.
    static QByteArray iv(QByteArrayView key, quint32 counter);

private:
    // The next IV: one per protected command.
    QByteArray nextIv();

    LeObject m_leObject;
    SecureBytes m_key;
    quint32 m_counter = 0;
};

} // namespace madoguchi
