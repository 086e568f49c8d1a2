#include "core/session/ProcessHardening.h"

#include <cstring>

#include "core/base/Logging.h"
#include "core/session/HeapScrubbing.h"

#include <QFile>
#include <QFileInfo>

#include <alloca.h>
#include <linux/magic.h>
#include <malloc.h>
#include <openssl/crypto.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/vfs.h>

namespace madoguchi {

bool ProcessHardening::disableCoreDumps()
{
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    if (!limited || !undumpable)
        qCWarning(lcSession) << "could not disable core dumps: rlimit" << limited << "dumpable" << !undumpable;
    return limited && undumpable;
}

QStringList ProcessHardening::defaultMemoryDirectories()
{
    QStringList candidates;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        candidates << runtime;
    candidates << QStringLiteral("/dev/shm");
    return candidates;
}

bool ProcessHardening::isInMemory(const QString& path)
{
    struct statfs info{};
    if (statfs(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return info.f_type == TMPFS_MAGIC || info.f_type == RAMFS_MAGIC;
}

QString ProcessHardening::keepTemporaryFilesInMemory(const QStringList& candidates)
{
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isDir() && info.isWritable() && isInMemory(candidate)) {
            qputenv("TMPDIR", QFile::encodeName(candidate));
            qCDebug(lcSession).noquote() << "temporary files (the print spool's copy) in memory:" << candidate;
            return candidate;
        }
    }
    qCWarning(lcSession).noquote() << "no directory in memory among" << candidates.join(QStringLiteral(", "))
                                   << "- a printed document passes through" << (qEnvironmentVariableIsEmpty("TMPDIR") ? QStringLiteral("/tmp") : qEnvironmentVariable("TMPDIR"));
    return {};
}

bool ProcessHardening::scrubFreedMemory()
{
    // Any non-zero byte: freed memory is filled with it, new memory with its complement.
    constexpr int kPerturbByte = 0x5A;
    const bool ok = mallopt(M_PERTURB, kPerturbByte) == 1 && HeapScrubbing::isActive();
    if (!ok)
        qCWarning(lcSession) << "could not make the allocator scrub freed memory";
    return ok;
}

void ProcessHardening::scrubStack()
{
    // 256 KiB: deeper than the read path's frames (Qt text, JSON, OpenJPEG) go, well inside the
    // 8 MiB default stack.
    constexpr size_t kDepth = 256 * 1024;
    volatile unsigned char* area = static_cast<unsigned char*>(alloca(kDepth));
    OPENSSL_cleanse(const_cast<unsigned char*>(area), kDepth);
}

void ProcessHardening::wipeArguments(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (argv[i])
            OPENSSL_cleanse(argv[i], std::strlen(argv[i]));
}

} // namespace madoguchi
