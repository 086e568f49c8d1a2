// The start-up self-check: CUPS settings that keep job files or history, and core-dump collectors,
// read from files laid out as the machine has them.

#include "core/session/SystemSelfCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using Kind = SystemSelfCheck::Finding::Kind;

class TestSystemSelfCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemSelfCheck::Paths m_paths;

    void write(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    static QList<Kind> kinds(const QList<SystemSelfCheck::Finding>& findings)
    {
        QList<Kind> out;
        for (const auto& finding : findings)
            out.append(finding.kind);
        return out;
    }

private Q_SLOTS:
    void init();
    void cups_defaults_keep_files_and_history();
    void cups_set_to_keep_nothing_data();
    void cups_set_to_keep_nothing();
    void cups_keeping_for_a_time_is_named();
    void cups_not_installed_is_no_finding();
    void cups_unreadable_is_said();
    void core_dump_collectors_data();
    void core_dump_collectors();
    void suid_dumpable();
    void every_finding_has_an_id_and_a_fix();
};

void TestSystemSelfCheck::init()
{
    QVERIFY(m_dir.isValid());
    m_paths.cupsdConf = m_dir.filePath(QStringLiteral("cupsd.conf"));
    m_paths.corePattern = m_dir.filePath(QStringLiteral("core_pattern"));
    m_paths.suidDumpable = m_dir.filePath(QStringLiteral("suid_dumpable"));
    m_paths.coredumpConf = m_dir.filePath(QStringLiteral("coredump.conf"));
    for (const QString& path : {m_paths.cupsdConf, m_paths.coredumpConf})
        QFile::remove(path);
    QDir(m_paths.coredumpConf + QStringLiteral(".d")).removeRecursively();
    write(m_paths.corePattern, "core\n");
    write(m_paths.suidDumpable, "0\n");
}

void TestSystemSelfCheck::cups_defaults_keep_files_and_history()
{
    // Debian 12's cupsd.conf sets neither.
    write(m_paths.cupsdConf, "LogLevel warn\nListen localhost:631\n<Location />\n  Order allow,deny\n</Location>\n");
    const auto findings = SystemSelfCheck::run(m_paths);
    QCOMPARE(kinds(findings), (QList<Kind>{Kind::CupsKeepsJobFiles, Kind::CupsKeepsJobHistory}));
    QVERIFY(findings[0].describe().contains(QLatin1String("86400")));
    QVERIFY(findings[1].describe().contains(QLatin1String("Yes")));
}

void TestSystemSelfCheck::cups_set_to_keep_nothing_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::newRow("No") << QByteArray("PreserveJobFiles No\nPreserveJobHistory No\n");
    QTest::newRow("Off, any case, indented") << QByteArray("  preservejobfiles off\n\tPRESERVEJOBHISTORY False\n");
    QTest::newRow("last one wins") << QByteArray("PreserveJobFiles Yes\nPreserveJobHistory Yes\nPreserveJobFiles No\nPreserveJobHistory 0\n");
}

void TestSystemSelfCheck::cups_set_to_keep_nothing()
{
    QFETCH(QByteArray, conf);
    write(m_paths.cupsdConf, "# PreserveJobFiles Yes\n" + conf);
    QVERIFY(SystemSelfCheck::run(m_paths).isEmpty());
}

void TestSystemSelfCheck::cups_keeping_for_a_time_is_named()
{
    write(m_paths.cupsdConf, "PreserveJobFiles 1d\nPreserveJobHistory No\n");
    const auto findings = SystemSelfCheck::run(m_paths);
    QCOMPARE(kinds(findings), QList<Kind>{Kind::CupsKeepsJobFiles});
    QCOMPARE(findings[0].setting, QStringLiteral("1d"));
}

void TestSystemSelfCheck::cups_not_installed_is_no_finding()
{
    QVERIFY(SystemSelfCheck::run(m_paths).isEmpty());
}

void TestSystemSelfCheck::cups_unreadable_is_said()
{
    // Debian's cupsd.conf is root:lp 0640; a directory stands in for a file the kiosk user cannot open.
    QVERIFY(QDir().mkpath(m_paths.cupsdConf));
    const auto findings = SystemSelfCheck::run(m_paths);
    QDir(m_paths.cupsdConf).removeRecursively();
    QCOMPARE(kinds(findings), QList<Kind>{Kind::CupsUnreadable});
    QVERIFY(findings[0].describe().contains(m_paths.cupsdConf));
}

void TestSystemSelfCheck::core_dump_collectors_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("coredumpConf");
    QTest::addColumn<QByteArray>("dropIn");
    QTest::addColumn<bool>("finding");
    const QByteArray systemd = "|/lib/systemd/systemd-coredump %P %u %g %s %t 9223372036854775808 %h\n";
    QTest::newRow("file pattern") << QByteArray("core\n") << QByteArray() << QByteArray() << false;
    QTest::newRow("systemd-coredump, default storage") << systemd << QByteArray() << QByteArray() << true;
    QTest::newRow("systemd-coredump, Storage=none") << systemd << QByteArray("[Coredump]\nStorage=none\n") << QByteArray() << false;
    QTest::newRow("systemd-coredump, Storage=external") << systemd << QByteArray("[Coredump]\nStorage=external\n") << QByteArray() << true;
    QTest::newRow("drop-in sets none") << systemd << QByteArray("[Coredump]\n#Storage=external\n") << QByteArray("[Coredump]\nStorage = none\n") << false;
    QTest::newRow("apport") << QByteArray("|/usr/share/apport/apport -p%p -s%s -c%c\n") << QByteArray("Storage=none\n") << QByteArray() << true;
}

void TestSystemSelfCheck::core_dump_collectors()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, coredumpConf);
    QFETCH(QByteArray, dropIn);
    QFETCH(bool, finding);
    write(m_paths.corePattern, pattern);
    if (!coredumpConf.isEmpty())
        write(m_paths.coredumpConf, coredumpConf);
    if (!dropIn.isEmpty()) {
        QVERIFY(QDir().mkpath(m_paths.coredumpConf + QStringLiteral(".d")));
        write(m_paths.coredumpConf + QStringLiteral(".d/50-kiosk.conf"), dropIn);
    }
    const auto findings = SystemSelfCheck::run(m_paths);
    QCOMPARE(kinds(findings), finding ? QList<Kind>{Kind::CoreDumpsCollected} : QList<Kind>{});
}

void TestSystemSelfCheck::suid_dumpable()
{
    write(m_paths.suidDumpable, "2\n");
    const auto findings = SystemSelfCheck::run(m_paths);
    QCOMPARE(kinds(findings), QList<Kind>{Kind::UndumpableDumped});
    QCOMPARE(findings[0].setting, QStringLiteral("2"));
}

void TestSystemSelfCheck::every_finding_has_an_id_and_a_fix()
{
    for (Kind kind : {Kind::CupsKeepsJobFiles, Kind::CupsKeepsJobHistory, Kind::CupsUnreadable, Kind::CoreDumpsCollected,
                      Kind::UndumpableDumped}) {
        const SystemSelfCheck::Finding finding{kind, QStringLiteral("x")};
        QVERIFY(!finding.id().isEmpty());
        QVERIFY(finding.describe().contains(QLatin1String("set "), Qt::CaseInsensitive));
    }
}

QTEST_GUILESS_MAIN(TestSystemSelfCheck)
#include "tst_SystemSelfCheck.moc"
