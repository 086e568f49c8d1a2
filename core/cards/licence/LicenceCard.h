#pragma once

#include <QByteArray>

#include <algorithm>

namespace madoguchi::LicenceCard {

// The driver's licence's applications and keys, and those of the licence held on a My Number card
// (マイナ免許証), as the readers and the kiosk address them. The virtual cards (core/sim) keep their
// own copies, written from the spec, on purpose.

// 16-byte AIDs, the given prefix 00-padded (drivers-licence.md §A1, §A6).
inline const QByteArray kDf1Aid = QByteArray::fromHex("A0000002310100000000000000000000");  // §A1: entries
inline const QByteArray kDf2Aid = QByteArray::fromHex("A0000002310200000000000000000000");  // §A1: photo
// §A6: the マイナ免許証 instance is the one selectable AID (the ELF …04… and the executable module
// …05… answer 6A82).
inline const QByteArray kOnMyNumberAid = QByteArray::fromHex("A0000002310600000000000000000000");

// §A3: VERIFY P2 = 80 | SFI of IEF01 (PIN1) / IEF02 (PIN2).
inline constexpr quint8 kPin1 = 0x81;
inline constexpr quint8 kPin2 = 0x82;
// §A6: IEF01 (FID 0006, SFI 6) of the マイナ免許証 answers VERIFY with P2 86; the spec's sample P2 82
// is an erratum.
inline constexpr quint8 kOnMyNumberPin = 0x86;
// §A2, §A6: with no PIN set, the default PIN (DPIN) 2A 2A 2A 2A.
inline const QByteArray kDefaultPin = QByteArrayLiteral("****");

// §A3: a PIN the holder set is 4 digits 0x30–0x39. When the card's PIN setting says PINs are set,
// any other value (the default PIN "****" above all) cannot be right and is never sent.
inline bool isHolderPin(QByteArrayView pin)
{
    return pin.size() == 4 && std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace madoguchi::LicenceCard
