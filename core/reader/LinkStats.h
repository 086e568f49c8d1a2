#pragma once

#include <QList>
#include <QtGlobal>

namespace madoguchi {

// What crossed the link on one channel: counts, and the size of every exchange (never its
// content), so a link model can turn a run into link time.
class LinkStats
{
public:
    struct Exchange
    {
        int sent;
        int received;
    };

    void record(int sent, int received);

    int apdus() const { return int(m_exchanges.size()); }
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    const QList<Exchange>& exchanges() const { return m_exchanges; }

private:
    QList<Exchange> m_exchanges;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace madoguchi
