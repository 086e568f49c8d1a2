#include "core/sim/VpcdFraming.h"

namespace madoguchi {

QByteArray VpcdFraming::frame(QByteArrayView payload)
{
    Q_ASSERT(payload.size() <= 0xFFFF);
    QByteArray out;
    out.reserve(payload.size() + 2);
    out.append(char(payload.size() >> 8)).append(char(payload.size() & 0xFF));
    out.append(payload.data(), payload.size());
    return out;
}

void VpcdFraming::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
}

std::optional<QByteArray> VpcdFraming::nextFrame()
{
    if (m_buffer.size() < 2)
        return std::nullopt;
    const qsizetype length = (quint8(m_buffer[0]) << 8) | quint8(m_buffer[1]);
    if (m_buffer.size() < 2 + length)
        return std::nullopt;
    QByteArray payload = m_buffer.mid(2, length);
    m_buffer.remove(0, 2 + length);
    return payload;
}

} // namespace madoguchi
