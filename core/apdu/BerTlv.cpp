#include "core/apdu/BerTlv.h"

#include "core/apdu/BerTlvReader.h"

namespace madoguchi {
namespace {

struct RawHeader
{
    quint32 tag = 0;
    int tagSize = 0;
    qsizetype headerSize = 0;
    qsizetype valueLength = 0;
};

Result<RawHeader, TlvError> readHeader(QByteArrayView in, qsizetype base)
{
    using Kind = TlvError::Kind;
    const auto at = [&](qsizetype i) { return quint8(in[i]); };
    RawHeader h;
    if (in.isEmpty())
        return TlvError(Kind::Truncated, base);
    qsizetype pos = 0;
    h.tag = at(pos++);
    h.tagSize = 1;
    // X.690 §8.1.2.4: low five bits all set → tag number continues in the following bytes,
    // each with bit 8 set except the last.
    if ((h.tag & 0x1F) == 0x1F) {
        for (;;) {
            if (pos >= in.size())
                return TlvError(Kind::Truncated, base + pos);
            const quint8 b = at(pos);
            if (h.tagSize == 1 && b == 0x80)
                return TlvError(Kind::MalformedTag, base + pos);
            if (h.tagSize == 3)
                return TlvError(Kind::TagTooLong, base);
            h.tag = (h.tag << 8) | b;
            ++h.tagSize;
            ++pos;
            if ((b & 0x80) == 0)
                break;
        }
    }
    if (pos >= in.size())
        return TlvError(Kind::Truncated, base + pos, h.tag);
    const quint8 first = at(pos++);
    if (first < 0x80) {
        h.valueLength = first;
    } else if (first == 0x80) {
        return TlvError(Kind::IndefiniteLength, base + pos - 1, h.tag);
    } else {
        // ISO/IEC 7816-4 §5.2.2.2: 81, 82, 83 followed by one to three length bytes.
        const int count = first & 0x7F;
        if (count > 3)
            return TlvError(Kind::LengthTooLong, base + pos - 1, h.tag);
        if (pos + count > in.size())
            return TlvError(Kind::Truncated, base + pos, h.tag);
        for (int i = 0; i < count; ++i)
            h.valueLength = (h.valueLength << 8) | at(pos++);
    }
    h.headerSize = pos;
    return h;
}

} // namespace

Result<BerTlv::Header, TlvError> BerTlv::parseHeader(QByteArrayView input, qsizetype baseOffset)
{
    auto h = readHeader(input, baseOffset);
    if (!h)
        return h.error();
    return Header{h->headerSize, h->headerSize + h->valueLength};
}

Result<BerTlv, TlvError> BerTlv::parse(QByteArrayView input, qsizetype baseOffset)
{
    auto h = readHeader(input, baseOffset);
    if (!h)
        return h.error();
    if (h->valueLength > input.size() - h->headerSize)
        return TlvError(TlvError::Kind::ValueOverruns, baseOffset + h->headerSize, h->tag);
    BerTlv tlv;
    tlv.m_tag = h->tag;
    tlv.m_tagSize = h->tagSize;
    tlv.m_offset = baseOffset;
    tlv.m_encoded = input.first(h->headerSize + h->valueLength);
    tlv.m_value = input.sliced(h->headerSize, h->valueLength);
    return tlv;
}

BerTlvReader BerTlv::children() const
{
    return BerTlvReader(m_value, valueOffset());
}

QByteArray BerTlv::encode(quint32 tag, QByteArrayView value)
{
    QByteArray out;
    for (int shift = 16; shift > 0; shift -= 8)
        if (tag >> shift)
            out.append(char((tag >> shift) & 0xFF));
    out.append(char(tag & 0xFF));
    const qsizetype n = value.size();
    if (n < 0x80) {
        out.append(char(n));
    } else if (n < 0x100) {
        out.append(char(0x81)).append(char(n));
    } else if (n < 0x10000) {
        out.append(char(0x82)).append(char(n >> 8)).append(char(n & 0xFF));
    } else {
        out.append(char(0x83)).append(char(n >> 16)).append(char((n >> 8) & 0xFF)).append(char(n & 0xFF));
    }
    out.append(value.data(), value.size());
    return out;
}

} // namespace madoguchi
