#pragma once

#include <QByteArray>
#include <QString>

namespace madoguchi::MyNumberCard {

// The My Number card's applications and keys, as the readers and the kiosk address them. The
// virtual card (core/sim) keeps its own copies, written from the spec, on purpose.

// Application IDs (mynumber.md §1).
inline const QByteArray kJpkiAid = QByteArray::fromHex("D392F000260100000001");
inline const QByteArray kTextAid = QByteArray::fromHex("D3921000310001010408");     // 券面事項入力補助AP
inline const QByteArray kSurfaceAid = QByteArray::fromHex("D3921000310001010402");  // 券面AP

// Key references for VERIFY, P2 = 80 | SFI of the key EF (mynumber.md §2, §3.1, §4.1).
inline constexpr quint8 kTextPin = 0x91;            // text AP EF 0011: the 4-digit PIN
inline constexpr quint8 kTextCollationA = 0x94;     // text AP EF 0014: 照合番号A
inline constexpr quint8 kTextCollationB = 0x95;     // text AP EF 0015: 照合番号B
inline constexpr quint8 kSurfaceCollationB = 0x92;  // 券面AP EF 0012: 照合番号B
inline constexpr quint8 kSurfaceCollationA = 0x93;  // 券面AP EF 0013: 照合番号A

// The name a key's retry counter is reported under (CardReadOutcome::Credential::counters).
inline QString counterName(quint8 key)
{
    switch (key) {
    case kTextPin: return QStringLiteral("text-pin");
    case kTextCollationA: return QStringLiteral("text-collation-a");
    case kTextCollationB: return QStringLiteral("text-collation-b");
    case kSurfaceCollationB: return QStringLiteral("surface-collation-b");
    case kSurfaceCollationA: return QStringLiteral("surface-collation-a");
    default: return QString::number(key, 16);
    }
}

} // namespace madoguchi::MyNumberCard
