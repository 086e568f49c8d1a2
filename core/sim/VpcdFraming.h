#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace madoguchi {

// The socket protocol between vsmartcard's vpcd (the reader driver inside pcscd, the server) and a
// virtual card (the client): every message is a 2-byte big-endian length and that many bytes. A
// one-byte message from vpcd is a control code; anything longer is a command APDU. The card answers
// GET ATR with its ATR and an APDU with its response, framed the same way.
class VpcdFraming
{
public:
    enum Control : quint8
    {
        PowerOff = 0x00,
        PowerOn = 0x01,
        Reset = 0x02,
        GetAtr = 0x04,
    };
    static constexpr quint16 kDefaultPort = 35963;  // 0x8C7B, /etc/reader.conf.d/vpcd

    static QByteArray frame(QByteArrayView payload);

    // Accumulates bytes from the stream; nextFrame() yields each complete message in order.
    void feed(QByteArrayView bytes);
    std::optional<QByteArray> nextFrame();
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

} // namespace madoguchi
