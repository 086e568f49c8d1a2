#include "core/reader/Atr.h"

namespace madoguchi {

std::optional<Atr> Atr::parse(QByteArrayView in)
{
    // TS is 3B (direct) or 3F (inverse convention), ISO/IEC 7816-3 §8.1.
    if (in.size() < 2 || (quint8(in[0]) != 0x3B && quint8(in[0]) != 0x3F))
        return std::nullopt;
    Atr atr;
    atr.m_bytes = in.toByteArray();
    qsizetype pos = 1;
    quint8 y = quint8(in[pos]) >> 4;
    const int historicalCount = quint8(in[pos]) & 0x0F;
    ++pos;
    bool needsTck = false;
    while (true) {
        // TA, TB, TC present according to bits 5..7 of Y; TD (bit 8) chains to the next group.
        for (int bit = 0; bit < 3; ++bit)
            if (y & (1 << bit))
                ++pos;
        if (!(y & 0x8))
            break;
        if (pos >= in.size())
            return std::nullopt;
        const quint8 td = quint8(in[pos++]);
        const int protocol = td & 0x0F;
        if (!atr.m_protocols.contains(protocol))
            atr.m_protocols.append(protocol);
        needsTck = needsTck || protocol != 0;
        y = td >> 4;
    }
    if (atr.m_protocols.isEmpty())
        atr.m_protocols.append(0);
    if (pos + historicalCount + (needsTck ? 1 : 0) > in.size())
        return std::nullopt;
    atr.m_historical = in.sliced(pos, historicalCount).toByteArray();
    return atr;
}

std::optional<bool> Atr::extendedLengthSupported() const
{
    const QByteArray& h = m_historical;
    if (h.isEmpty())
        return std::nullopt;
    // ISO/IEC 7816-4 §8.1.1: category indicator 80 → compact-TLV objects to the end;
    // 00 → compact-TLV objects, then a three-byte status indicator.
    qsizetype end = h.size();
    if (quint8(h[0]) == 0x00)
        end -= 3;
    else if (quint8(h[0]) != 0x80)
        return std::nullopt;
    qsizetype pos = 1;
    while (pos < end) {
        const quint8 tl = quint8(h[pos++]);
        const int tag = tl >> 4;
        const int length = tl & 0x0F;
        if (pos + length > end)
            return std::nullopt;
        if (tag == 7 && length >= 3)
            return (quint8(h[pos + 2]) & 0x40) != 0;
        pos += length;
    }
    return std::nullopt;
}

} // namespace madoguchi
