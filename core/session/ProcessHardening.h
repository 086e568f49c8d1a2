#pragma once

#include <QString>
#include <QStringList>

namespace madoguchi {

// Process-wide protections every program applies first thing in main() (CONVENTIONS.md: KeePassXC).
class ProcessHardening
{
public:
    // No core file may carry customer data to disk: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0 (which
    // also keeps other unprivileged processes from reading this one's memory).
    // Returns false when either could not be set.
    static bool disableCoreDumps();
    // Freed copies of customer data made by any library — Qt strings, OpenJPEG buffers, OpenSSL —
    // must not linger in the heap: every freed block is wiped (HeapScrubbing.cpp), and glibc's
    // M_PERTURB covers what it frees internally. Also links HeapScrubbing into the program.
    static bool scrubFreedMemory();
    // Overwrites the calling thread's stack below the caller: text conversions leave copies in
    // stack buffers that no free() ever sees. Call when a customer's session has ended.
    static void scrubStack();
    // Overwrites the program's arguments in place once they are parsed: a card number or PIN given
    // on the command line would otherwise stay in the process's argument area (and in
    // /proc/PID/cmdline) for its whole life. argv[0] stays.
    static void wipeArguments(int argc, char* argv[]);
    // Printing through CUPS writes the whole filled-in document to a temporary file first (Qt's
    // CUPS engine: cupsTempFd, then cupsPrintFile), in $TMPDIR or /tmp — on disk on a stock Debian.
    // Points TMPDIR at the first of `candidates` that is a writable directory in memory (tmpfs or
    // ramfs), so that file never reaches a disk. Returns it, or an empty string if none is.
    static QString keepTemporaryFilesInMemory(const QStringList& candidates = defaultMemoryDirectories());
    // $XDG_RUNTIME_DIR (a tmpfs under systemd), then /dev/shm.
    static QStringList defaultMemoryDirectories();
    // Whether `path` is on a file system that lives in memory only.
    static bool isInMemory(const QString& path);
};

} // namespace madoguchi
