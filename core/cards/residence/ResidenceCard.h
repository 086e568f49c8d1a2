#pragma once

#include <QByteArray>

namespace madoguchi::ResidenceCard {

// The residence card's applications, as the readers and the kiosk address them. The virtual card
// (core/sim) keeps its own copies, written from the spec, on purpose.

// 16-byte AIDs, the given prefix 00-padded (residence-card.md §B1, §B4).
inline const QByteArray kDf1Aid = QByteArray::fromHex("D392F0004F0200000000000000000000");  // images (secure messaging)
inline const QByteArray kDf2Aid = QByteArray::fromHex("D392F0004F0300000000000000000000");  // address, permissions
inline const QByteArray kDf3Aid = QByteArray::fromHex("D392F0004F0400000000000000000000");  // signature
// §B5: the 在留 AP of cards of types 07/08, which live on the My Number card platform.
inline const QByteArray kOnMyNumberAid = QByteArray::fromHex("D392F0004F0100000000000000000000");

} // namespace madoguchi::ResidenceCard
