#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace madoguchi {

// What the privacy model (docs/SECURITY.md) needs of the machine that no program can do for
// itself: a print spool that keeps nothing, and no collector of other programs' core dumps (the
// display server's memory holds what was on screen). Checked at start; each finding is shown on the
// kiosk's banner and logged, with the fix in docs/ADMIN.md ("The self-check").
class SystemSelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(SystemSelfCheck)

public:
    // Where the settings are read from; other paths in tests.
    struct Paths
    {
        QString cupsdConf = QStringLiteral("/etc/cups/cupsd.conf");
        QString corePattern = QStringLiteral("/proc/sys/kernel/core_pattern");
        QString suidDumpable = QStringLiteral("/proc/sys/fs/suid_dumpable");
        QString coredumpConf = QStringLiteral("/etc/systemd/coredump.conf");
    };

    struct Finding
    {
        enum class Kind
        {
            CupsKeepsJobFiles,     // PreserveJobFiles not No (CUPS's default keeps them a day)
            CupsKeepsJobHistory,   // PreserveJobHistory not No (CUPS's default keeps it)
            CupsUnreadable,        // cupsd.conf cannot be read, so neither can be checked
            CoreDumpsCollected,    // kernel.core_pattern pipes to a collector that stores dumps
            UndumpableDumped,      // fs.suid_dumpable is not 0: even protected processes are dumped
        };
        Kind kind;
        QString setting;  // the value found, as written

        // Stable identifier for logs, e.g. "cups-job-files".
        QString id() const;
        // What is wrong and what to do, in the current language.
        QString describe() const;
    };

    // The machine's own settings.
    static QList<Finding> run();
    static QList<Finding> run(const Paths& paths);
};

} // namespace madoguchi
