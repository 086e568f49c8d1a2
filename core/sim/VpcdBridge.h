#pragma once

#include "core/reader/ApduResponder.h"
#include "core/reader/LinkStats.h"
#include "core/sim/LinkModel.h"
#include "core/sim/VpcdFraming.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

namespace madoguchi {

// Serves a virtual card to pcscd through vsmartcard-vpcd: connects to vpcd's socket, answers its
// control codes and APDUs, and so appears as reader "Virtual PCD 00 00" to any PC/SC program.
// Connects again every second while vpcd is not there (pcscd stopped or restarting).
// With a link model, each answer is held back by the modelled link time.
class VpcdBridge : public QObject
{
    Q_OBJECT

public:
    VpcdBridge(std::shared_ptr<ApduResponder> card, QString host, quint16 port, QObject* parent = nullptr);
    ~VpcdBridge() override;

    void setLinkModel(const LinkModel& model) { m_linkModel = model; }
    void start();
    void stop();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

Q_SIGNALS:
    void connected();
    void disconnected();
    // A power-off ended a card session: what crossed the link in it.
    void sessionEnded(const madoguchi::LinkStats& stats);

private:
    void onReadyRead();
    void handle(const QByteArray& message);
    void send(const QByteArray& payload);
    void endSession();

    std::shared_ptr<ApduResponder> m_card;
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_retry;
    VpcdFraming m_framing;
    LinkStats m_session;
    std::optional<LinkModel> m_linkModel;
    bool m_stopped = false;
};

} // namespace madoguchi
