#include "tests/support/ProcessMemory.h"

#include <QFile>

namespace madoguchi {

QByteArray writableMemory(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    QFile mem(QStringLiteral("/proc/%1/mem").arg(pid));
    if (!maps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    QByteArray image;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 5 || !f[1].startsWith("rw"))
            continue;
        const bool fileBacked = f.size() >= 6 && f[5].startsWith('/');
        if (fileBacked && f[1].at(3) != 'p')
            continue;
        const QList<QByteArray> range = f[0].split('-');
        const qint64 from = range[0].toLongLong(nullptr, 16);
        const qint64 to = range[1].toLongLong(nullptr, 16);
        if (mem.seek(from))
            image += mem.read(to - from);
    }
    return image;
}

QByteArray utf16Bytes(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

} // namespace madoguchi
