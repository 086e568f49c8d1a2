#include "core/sim/LinkModel.h"

namespace madoguchi {

std::chrono::microseconds LinkModel::exchangeTime(int bytesSent, int bytesReceived) const
{
    const qint64 bits = qint64(bytesSent + bytesReceived) * kBitsPerByte;
    return m_turnaround + std::chrono::microseconds(bits * 1'000'000 / m_bitsPerSecond);
}

std::chrono::microseconds LinkModel::totalTime(const LinkStats& stats) const
{
    std::chrono::microseconds total{0};
    for (const LinkStats::Exchange& e : stats.exchanges())
        total += exchangeTime(e.sent, e.received);
    return total;
}

} // namespace madoguchi
