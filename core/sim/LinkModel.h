#pragma once

#include "core/reader/LinkStats.h"

#include <chrono>

namespace madoguchi {

// Turns a run's APDU trace into link time: per exchange, a fixed turnaround (card processing and
// reader latency) plus every byte sent and received at the bit rate. A byte costs 10 bit times on
// both kinds of link: start bit, 8 data bits, stop bit (ISO/IEC 7816-3 character frame with T=1's
// minimum guard time; ISO/IEC 14443-3 Type B character).
class LinkModel
{
public:
    static constexpr int kBitsPerByte = 10;

    LinkModel(int bitsPerSecond, std::chrono::microseconds turnaround)
        : m_bitsPerSecond(bitsPerSecond), m_turnaround(turnaround) {}

    // 106 kbit/s with 5 ms turnaround: an ISO/IEC 14443 card at the base rate.
    static LinkModel contactlessBase() { return LinkModel(106'000, std::chrono::milliseconds(5)); }

    int bitsPerSecond() const { return m_bitsPerSecond; }
    std::chrono::microseconds turnaround() const { return m_turnaround; }

    std::chrono::microseconds exchangeTime(int bytesSent, int bytesReceived) const;
    std::chrono::microseconds totalTime(const LinkStats& stats) const;

private:
    int m_bitsPerSecond;
    std::chrono::microseconds m_turnaround;
};

} // namespace madoguchi
