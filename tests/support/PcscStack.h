#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace madoguchi {

// The real card stack for integration tests: a pcscd of its own (foreground, with a reader.conf.d
// that holds only a vpcd reader on `port`), and madoguchi-cardsim processes serving virtual cards
// to it. pcscd's socket path is fixed (/run/pcscd), so no other pcscd may run meanwhile.
class PcscStack
{
public:
    explicit PcscStack(quint16 port);
    ~PcscStack();
    PcscStack(const PcscStack&) = delete;
    PcscStack& operator=(const PcscStack&) = delete;

    static QString readerName() { return QStringLiteral("Virtual PCD 00 00"); }
    quint16 port() const { return m_port; }

    // Empty on success, else why not.
    QString startPcscd();
    void stopPcscd();
    // Starts madoguchi-cardsim and waits until pcscd reports the card in the reader.
    QString startCard(const QString& type, const QString& persona, const QStringList& extraArgs = {});
    // The same, unless that card (type, persona and arguments) is already being served: each swap
    // costs pcscd seconds to notice.
    QString serveCard(const QString& type, const QString& persona, const QStringList& extraArgs = {});
    // Stops it and waits until pcscd reports the reader empty, so that the next card is a new one.
    void stopCard();

    QString pcscdLog() const;
    QString cardLog() const;

private:
    bool waitForCard(bool present, int timeoutMs) const;

    quint16 m_port;
    QTemporaryDir m_configDir;
    std::unique_ptr<QProcess> m_pcscd;
    std::unique_ptr<QProcess> m_card;
    QStringList m_served;  // what serveCard() would start again; empty while no card is served
    mutable QByteArray m_pcscdOutput;
    mutable QByteArray m_cardOutput;
};

} // namespace madoguchi
