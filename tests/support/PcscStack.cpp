#include "tests/support/PcscStack.h"

#include "core/reader/PcscWorker.h"
#include "tests/support/ProgramPaths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>

namespace madoguchi {
namespace {

const QString kSocket = QStringLiteral("/run/pcscd/pcscd.comm");
const QString kPidFile = QStringLiteral("/run/pcscd/pcscd.pid");

bool otherPcscdRunning(qint64* pid)
{
    QFile file(kPidFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *pid = file.readAll().trimmed().toLongLong();
    return *pid > 0 && ::kill(pid_t(*pid), 0) == 0;
}

void stop(std::unique_ptr<QProcess>& process, QByteArray& output)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    output += process->readAll();
    process.reset();
}

} // namespace

PcscStack::PcscStack(quint16 port) : m_port(port) {}

PcscStack::~PcscStack()
{
    stopCard();
    stopPcscd();
}

QString PcscStack::startPcscd()
{
    qint64 pid = 0;
    if (otherPcscdRunning(&pid))
        return QStringLiteral("another pcscd (pid %1) is running; stop it (systemctl stop pcscd.socket pcscd) "
                              "before the integration tests")
            .arg(pid);
    if (!m_configDir.isValid())
        return QStringLiteral("no temporary directory");
    // vsmartcard's reader.conf: the vpcd port is in DEVICENAME and CHANNELID.
    QFile conf(m_configDir.filePath(QStringLiteral("vpcd")));
    if (!conf.open(QIODevice::WriteOnly))
        return conf.errorString();
    const QString hexPort = QStringLiteral("0x%1").arg(m_port, 4, 16, QLatin1Char('0'));
    conf.write(QStringLiteral("FRIENDLYNAME \"Virtual PCD\"\nDEVICENAME   /dev/null:%1\n"
                              "LIBPATH      /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID    %1\n")
                   .arg(hexPort)
                   .toUtf8());
    conf.close();
    m_pcscd = std::make_unique<QProcess>();
    m_pcscd->setProcessChannelMode(QProcess::MergedChannels);
    m_pcscd->start(QStringLiteral("/usr/sbin/pcscd"), {QStringLiteral("--foreground"), QStringLiteral("--config"), m_configDir.path()});
    if (!m_pcscd->waitForStarted(5000))
        return QStringLiteral("pcscd did not start: %1").arg(m_pcscd->errorString());
    const QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(kSocket)) {
        if (deadline.hasExpired() || m_pcscd->state() == QProcess::NotRunning)
            return QStringLiteral("pcscd did not open its socket: %1").arg(pcscdLog());
        QThread::msleep(50);
    }
    return {};
}

void PcscStack::stopPcscd()
{
    stop(m_pcscd, m_pcscdOutput);
    const QDeadlineTimer deadline(5000);
    while (QFileInfo::exists(kSocket) && !deadline.hasExpired())
        QThread::msleep(50);
}

QString PcscStack::startCard(const QString& type, const QString& persona, const QStringList& extraArgs)
{
    stopCard();
    m_card = std::make_unique<QProcess>();
    m_card->setProcessChannelMode(QProcess::MergedChannels);
    m_card->start(ProgramPaths::cardsim(),
                  QStringList{QStringLiteral("--card"), type, QStringLiteral("--persona"), persona,
                              QStringLiteral("--port"), QString::number(m_port)}
                      + extraArgs);
    if (!m_card->waitForStarted(5000))
        return QStringLiteral("madoguchi-cardsim did not start: %1").arg(m_card->errorString());
    if (m_pcscd && !waitForCard(true, 15000))
        return QStringLiteral("the card did not appear in the reader: %1").arg(cardLog());
    m_served = QStringList{type, persona} + extraArgs;
    return {};
}

QString PcscStack::serveCard(const QString& type, const QString& persona, const QStringList& extraArgs)
{
    if (m_card && m_served == QStringList{type, persona} + extraArgs)
        return {};
    return startCard(type, persona, extraArgs);
}

void PcscStack::stopCard()
{
    m_served.clear();
    const bool wasRunning = m_card != nullptr;
    stop(m_card, m_cardOutput);
    if (wasRunning && m_pcscd)
        waitForCard(false, 10000);
}

bool PcscStack::waitForCard(bool present, int timeoutMs) const
{
    // Asked with a context of its own, as any PC/SC program would.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        SCARDCONTEXT context = 0;
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) == SCARD_S_SUCCESS) {
            const auto readers = PcscWorker::queryReaders(context);
            SCardReleaseContext(context);
            bool hasCard = false;
            if (readers)
                for (const ReaderInfo& reader : *readers)
                    hasCard = hasCard || (reader.name == readerName() && reader.hasCard);
            if (readers && hasCard == present)
                return true;
        }
        QThread::msleep(100);
    }
    return false;
}

QString PcscStack::pcscdLog() const
{
    if (m_pcscd)
        m_pcscdOutput += m_pcscd->readAll();
    return QString::fromUtf8(m_pcscdOutput);
}

QString PcscStack::cardLog() const
{
    if (m_card)
        m_cardOutput += m_card->readAll();
    return QString::fromUtf8(m_cardOutput);
}

} // namespace madoguchi
