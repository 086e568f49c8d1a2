#include "core/apdu/BerTlvReader.h"

#include <algorithm>

namespace madoguchi {

BerTlvReader::BerTlvReader(QByteArrayView input, qsizetype baseOffset, Filler filler)
    : m_input(input), m_base(baseOffset), m_filler(filler)
{
}

bool BerTlvReader::atEnd() const
{
    const QByteArrayView rest = m_input.sliced(m_pos);
    switch (m_filler) {
    case Filler::None: return rest.isEmpty();
    case Filler::Zero: return std::all_of(rest.begin(), rest.end(), [](char c) { return c == 0; });
    case Filler::ZeroOrFf:
        return std::all_of(rest.begin(), rest.end(), [](char c) { return c == 0 || quint8(c) == 0xFF; });
    }
    return true;
}

Result<BerTlv, TlvError> BerTlvReader::next()
{
    auto tlv = BerTlv::parse(m_input.sliced(m_pos), m_base + m_pos);
    if (tlv)
        m_pos += tlv->encoded().size();
    return tlv;
}

Result<BerTlv, TlvError> BerTlvReader::find(quint32 tag)
{
    while (!atEnd()) {
        auto tlv = next();
        if (!tlv || tlv->tag() == tag)
            return tlv;
    }
    return TlvError(TlvError::Kind::NotFound, m_base + m_pos, tag);
}

} // namespace madoguchi
