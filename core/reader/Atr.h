#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace madoguchi {

// Answer-to-reset structure (ISO/IEC 7816-3 §8.2) and the card capabilities it may advertise in
// its historical bytes (ISO/IEC 7816-4 §8.1.1). Cards are never identified by ATR (the specs in
// shared/specs list several ATRs per card, and contactless readers synthesise them); the ATR only
// hints at transport capabilities.
class Atr
{
public:
    static std::optional<Atr> parse(QByteArrayView bytes);

    const QByteArray& bytes() const { return m_bytes; }
    const QByteArray& historicalBytes() const { return m_historical; }
    // Protocols named by TD bytes (0 for T=0, 1 for T=1); T=0 when no TD1 is present.
    const QList<int>& protocols() const { return m_protocols; }

    // ISO/IEC 7816-4 §8.1.1.2.7, card capabilities (compact-TLV tag 7), third software function
    // byte, bit 7: "extended Lc and Le fields". nullopt when the ATR does not say.
    std::optional<bool> extendedLengthSupported() const;

private:
    QByteArray m_bytes;
    QByteArray m_historical;
    QList<int> m_protocols;
};

} // namespace madoguchi
