#include "tests/support/CupsStack.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace madoguchi {
namespace {

bool write(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

} // namespace

CupsStack::CupsStack() = default;

CupsStack::~CupsStack()
{
    if (m_cupsd && m_cupsd->state() != QProcess::NotRunning) {
        m_cupsd->terminate();
        if (!m_cupsd->waitForFinished(5000))
            m_cupsd->kill();
    }
}

QString CupsStack::outputDir()
{
    return QDir::home().filePath(QStringLiteral("PDF"));
}

QString CupsStack::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    const QString d = m_dir.path();
    for (const char* sub : {"spool", "cache", "state", "tmp", "log"})
        QDir(d).mkpath(QLatin1String(sub));
    QFile::setPermissions(d + QStringLiteral("/tmp"), QFileDevice::Permissions(0x7777));
    // The kiosk's own rule, as the admin docs give it: no job files kept.
    const QString conf = QStringLiteral("Listen %1/cups.sock\nLogLevel warn\nPreserveJobFiles No\nPreserveJobHistory Yes\n"
                                        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
                             .arg(d);
    const QString files = QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nCacheDir %1/cache\nStateDir %1/state\nTempDir %1/tmp\n"
                                         "ErrorLog %1/log/error_log\nAccessLog %1/log/access_log\nPageLog %1/log/page_log\nSystemGroup root\n")
                              .arg(d);
    if (!write(d + QStringLiteral("/cupsd.conf"), conf) || !write(d + QStringLiteral("/cups-files.conf"), files))
        return QStringLiteral("cannot write the CUPS configuration");
    m_cupsd = std::make_unique<QProcess>();
    m_cupsd->setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd->start(QStringLiteral("/usr/sbin/cupsd"), {"-f", "-c", d + "/cupsd.conf", "-s", d + "/cups-files.conf"});
    if (!m_cupsd->waitForStarted(5000))
        return QStringLiteral("cupsd did not start");
    const QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(d + QStringLiteral("/cups.sock"))) {
        if (deadline.hasExpired() || m_cupsd->state() == QProcess::NotRunning)
            return QStringLiteral("cupsd did not open its socket: %1").arg(QString::fromUtf8(m_cupsd->readAll()));
        QThread::msleep(50);
    }
    qputenv("CUPS_SERVER", (d + QStringLiteral("/cups.sock")).toUtf8());
    QProcess lpadmin;
    lpadmin.start(QStringLiteral("lpadmin"), {"-p", kQueue, "-v", "cups-pdf:/", "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd", "-E"});
    if (!lpadmin.waitForFinished(20000) || lpadmin.exitCode() != 0)
        return QStringLiteral("lpadmin failed: %1").arg(QString::fromUtf8(lpadmin.readAllStandardError()));
    return {};
}

QString CupsStack::pageLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("log/page_log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace madoguchi
