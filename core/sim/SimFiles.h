#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

namespace madoguchi {

// Byte-building helpers shared by the virtual-card builders.
class SimFiles
{
public:
    // A BER-TLV data object with a tag of one to three bytes and a minimal-length header.
    static QByteArray tlv(quint32 tag, QByteArrayView value);
    // `content` followed by `filler` bytes up to `size` (card EFs have a fixed size).
    static QByteArray padded(QByteArray content, qsizetype size, char filler);
    // Packed BCD YYYYMMDD in four bytes (drivers-licence.md §A2).
    static QByteArray bcdDate(QDate date);
    // A 16-byte AID: the given prefix followed by 00 bytes (drivers-licence.md §A1, residence-card.md §B1).
    static QByteArray aid16(QByteArrayView prefix);
    // A PC/SC part 3 ATR for an ISO/IEC 14443-4 card: 3B 8n 80 01, the historical bytes, TCK.
    static QByteArray contactlessAtr(QByteArrayView historical);
};

} // namespace madoguchi
