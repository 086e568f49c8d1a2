#include "core/sim/VpcdBridge.h"

#include "core/base/Logging.h"

namespace madoguchi {

VpcdBridge::VpcdBridge(std::shared_ptr<ApduResponder> card, QString host, quint16 port, QObject* parent)
    : QObject(parent), m_card(std::move(card)), m_host(std::move(host)), m_port(port)
{
    m_retry.setInterval(1000);
    m_retry.setSingleShot(true);
    QObject::connect(&m_retry, &QTimer::timeout, this, [this] { m_socket.connectToHost(m_host, m_port); });
    QObject::connect(&m_socket, &QTcpSocket::connected, this, [this] {
        qCInfo(lcSim) << "connected to vpcd on port" << m_port;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Q_EMIT connected();
    });
    QObject::connect(&m_socket, &QTcpSocket::readyRead, this, &VpcdBridge::onReadyRead);
    QObject::connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        qCInfo(lcSim) << "vpcd closed the connection";
        endSession();
        m_framing = VpcdFraming();
        Q_EMIT disconnected();
        if (!m_stopped)
            m_retry.start();
    });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() != QAbstractSocket::ConnectedState && !m_stopped)
            m_retry.start();
    });
}

VpcdBridge::~VpcdBridge()
{
    // The socket outlives the members its handlers use: silence it before they go.
    m_socket.disconnect(this);
    m_socket.abort();
}

void VpcdBridge::start()
{
    m_stopped = false;
    m_socket.connectToHost(m_host, m_port);
}

void VpcdBridge::stop()
{
    m_stopped = true;
    m_retry.stop();
    m_socket.abort();
}

void VpcdBridge::onReadyRead()
{
    m_framing.feed(m_socket.readAll());
    while (auto message = m_framing.nextFrame())
        handle(*message);
}

void VpcdBridge::handle(const QByteArray& message)
{
    if (message.size() == 1) {
        switch (quint8(message[0])) {
        case VpcdFraming::PowerOff:
        case VpcdFraming::PowerOn:
        case VpcdFraming::Reset:
            endSession();
            m_card->reset();
            return;
        case VpcdFraming::GetAtr:
            send(m_card->atr());
            return;
        default:
            qCWarning(lcSim) << "unknown vpcd control code" << quint8(message[0]);
            return;
        }
    }
    const QByteArray response = m_card->respond(message);
    if (!m_card->present()) {
        // Taken away: vpcd sees the connection go, and with it the card.
        qCInfo(lcSim) << "the virtual card left the reader";
        stop();
        return;
    }
    if (response.isEmpty())
        return;  // a mute card: vpcd waits for an answer that never comes
    m_session.record(int(message.size()), int(response.size()));
    if (m_linkModel) {
        const auto delay = m_linkModel->exchangeTime(int(message.size()), int(response.size()));
        QTimer::singleShot(std::chrono::duration_cast<std::chrono::milliseconds>(delay), this,
                           [this, response] { send(response); });
    } else {
        send(response);
    }
}

void VpcdBridge::send(const QByteArray& payload)
{
    m_socket.write(VpcdFraming::frame(payload));
    m_socket.flush();
}

void VpcdBridge::endSession()
{
    if (m_session.apdus() == 0)
        return;
    Q_EMIT sessionEnded(m_session);
    m_session = LinkStats();
}

} // namespace madoguchi
