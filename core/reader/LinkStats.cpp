#include "core/reader/LinkStats.h"

namespace madoguchi {

void LinkStats::record(int sent, int received)
{
    m_exchanges.append({sent, received});
    m_bytesSent += sent;
    m_bytesReceived += received;
}

} // namespace madoguchi
