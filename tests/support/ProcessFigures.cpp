#include "tests/support/ProcessFigures.h"

#include <QDir>
#include <QFile>

#include <sys/statvfs.h>

namespace madoguchi {

ProcessFigures ProcessFigures::now()
{
    ProcessFigures figures;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                figures.rssKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    figures.fileDescriptors = int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
    figures.threads = int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    struct statvfs shm{};
    if (statvfs("/dev/shm", &shm) == 0)
        figures.shmKiB = qint64(shm.f_blocks - shm.f_bfree) * qint64(shm.f_frsize) / 1024;
    return figures;
}

QString ProcessFigures::toString() const
{
    return QStringLiteral("RSS %1 KiB, %2 file descriptors, %3 threads, /dev/shm %4 KiB in use")
        .arg(rssKiB).arg(fileDescriptors).arg(threads).arg(shmKiB);
}

} // namespace madoguchi
