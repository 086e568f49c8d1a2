#include "core/session/SystemSelfCheck.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace madoguchi {
namespace {

// The value of a top-level directive of a CUPS or systemd configuration file (case-insensitive
// names, # comments, the last one wins); nullopt when it is not set.
std::optional<QString> directive(const QString& text, QStringView name, QChar separator)
{
    std::optional<QString> value;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('#')) || !line.startsWith(name, Qt::CaseInsensitive))
            continue;
        const QString rest = line.mid(name.size());
        if (rest.isEmpty() || (rest[0] != separator && !rest[0].isSpace()))
            continue;
        value = rest.mid(rest[0] == separator ? 1 : 0).trimmed();
        if (value->startsWith(separator))
            value = value->mid(1).trimmed();
    }
    return value;
}

// cupsd.conf(5): Yes, No, On, Off, True, False or a time; only the negatives keep nothing.
bool keepsNothing(const QString& value)
{
    static const QStringList no{QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("false"), QStringLiteral("0")};
    return no.contains(value.toLower());
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QList<SystemSelfCheck::Finding> SystemSelfCheck::run()
{
    return run(Paths());
}

QList<SystemSelfCheck::Finding> SystemSelfCheck::run(const Paths& paths)
{
    using Kind = Finding::Kind;
    QList<Finding> findings;

    // CUPS: no cupsd.conf at all means no local scheduler, so no local spool to keep anything in.
    if (QFileInfo::exists(paths.cupsdConf)) {
        QFile file(paths.cupsdConf);
        if (!file.open(QIODevice::ReadOnly)) {
            findings.append({Kind::CupsUnreadable, paths.cupsdConf});
        } else {
            const QString conf = QString::fromUtf8(file.readAll());
            // cupsd.conf(5) defaults: PreserveJobFiles 86400 (a day), PreserveJobHistory Yes.
            const QString files = directive(conf, u"PreserveJobFiles", QLatin1Char(' ')).value_or(QStringLiteral("86400 (default)"));
            const QString history = directive(conf, u"PreserveJobHistory", QLatin1Char(' ')).value_or(QStringLiteral("Yes (default)"));
            if (!keepsNothing(files))
                findings.append({Kind::CupsKeepsJobFiles, files});
            if (!keepsNothing(history))
                findings.append({Kind::CupsKeepsJobHistory, history});
        }
    }

    // core(5): a pattern starting with | hands dumps to a program; systemd-coredump stores nothing
    // with Storage=none (coredump.conf(5)).
    const QString pattern = readText(paths.corePattern).trimmed();
    if (pattern.startsWith(QLatin1Char('|'))) {
        const bool systemdCoredump = pattern.contains(QLatin1String("systemd-coredump"));
        // The file, then its drop-ins in name order: the last setting wins.
        QString coredump = readText(paths.coredumpConf);
        const QDir dropIns(paths.coredumpConf + QStringLiteral(".d"));
        for (const QString& name : dropIns.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name))
            coredump += QLatin1Char('\n') + readText(dropIns.filePath(name));
        const QString storage = directive(coredump, u"Storage", QLatin1Char('=')).value_or(QString());
        if (!systemdCoredump || storage.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
            findings.append({Kind::CoreDumpsCollected, pattern});
    }
    // proc(5): 1 or 2 dump even the processes that made themselves undumpable, as this one does.
    const QString suid = readText(paths.suidDumpable).trimmed();
    if (!suid.isEmpty() && suid != QLatin1String("0"))
        findings.append({Kind::UndumpableDumped, suid});
    return findings;
}

QString SystemSelfCheck::Finding::id() const
{
    switch (kind) {
    case Kind::CupsKeepsJobFiles: return QStringLiteral("cups-job-files");
    case Kind::CupsKeepsJobHistory: return QStringLiteral("cups-job-history");
    case Kind::CupsUnreadable: return QStringLiteral("cups-unreadable");
    case Kind::CoreDumpsCollected: return QStringLiteral("core-dumps-collected");
    case Kind::UndumpableDumped: return QStringLiteral("undumpable-dumped");
    }
    return {};
}

QString SystemSelfCheck::Finding::describe() const
{
    // SystemSelfCheck::tr by name: lupdate would file a plain tr() here under SystemSelfCheck::Finding.
    switch (kind) {
    case Kind::CupsKeepsJobFiles:
        //: %1: the setting's value in /etc/cups/cupsd.conf.
        return SystemSelfCheck::tr("The print spool keeps printed forms (PreserveJobFiles %1). Set PreserveJobFiles No in /etc/cups/cupsd.conf.").arg(setting);
    case Kind::CupsKeepsJobHistory:
        return SystemSelfCheck::tr("The print spool keeps a job history (PreserveJobHistory %1). Set PreserveJobHistory No in /etc/cups/cupsd.conf.").arg(setting);
    case Kind::CupsUnreadable:
        //: %1: the file's path.
        return SystemSelfCheck::tr("The print spool's settings (%1) cannot be read, so it is not known whether printed forms are kept. "
                  "Let the kiosk user read the file, and set PreserveJobFiles No and PreserveJobHistory No.")
            .arg(setting);
    case Kind::CoreDumpsCollected:
        //: %1: kernel.core_pattern.
        return SystemSelfCheck::tr("Crashing programs' memory is collected (kernel.core_pattern %1): the display's memory could hold what was on screen. "
                  "Set Storage=none in /etc/systemd/coredump.conf, or kernel.core_pattern to |/bin/false.")
            .arg(setting);
    case Kind::UndumpableDumped:
        return SystemSelfCheck::tr("Protected programs' memory can still be dumped (fs.suid_dumpable %1). Set fs.suid_dumpable to 0.").arg(setting);
    }
    return {};
}

} // namespace madoguchi
