#include "core/session/TerminalStatus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

// The monitoring file: the fields an agent reads, written whole, nothing about a customer.
class TestTerminalStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void says_the_machine_state();
    void replaces_the_file_whole();
};

void TestTerminalStatus::says_the_machine_state()
{
    TerminalStatus status;
    status.version = QStringLiteral("0.1.0");
    status.terminalId = QStringLiteral("SHIMIN-03");
    status.findings = {{SystemSelfCheck::Finding::Kind::CupsKeepsJobFiles, QStringLiteral("86400 (default)")}};
    status.readers = {QStringLiteral("Virtual PCD 00 00")};
    status.sessionActive = true;
    status.written = QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3), Qt::UTC);
    const QJsonObject o = QJsonDocument::fromJson(status.toJson()).object();
    QCOMPARE(o.value(QLatin1String("schema")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("terminal")).toString(), QStringLiteral("SHIMIN-03"));
    QVERIFY(o.value(QLatin1String("signing")).isNull());  // records print unsigned
    QCOMPARE(o.value(QLatin1String("findings")).toArray().first().toString(), QStringLiteral("cups-job-files"));
    QCOMPARE(o.value(QLatin1String("readers")).toArray().size(), 1);
    QCOMPARE(o.value(QLatin1String("session")).toString(), QStringLiteral("in-use"));
    QCOMPARE(o.value(QLatin1String("written")).toString(), QStringLiteral("2026-12-07T01:02:03Z"));
    // Only these keys: nothing else can be added to it by accident.
    QCOMPARE(o.keys(), (QStringList{"findings", "program", "readers", "schema", "session", "signing", "terminal", "version", "written"}));
}

void TestTerminalStatus::replaces_the_file_whole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.json"));
    TerminalStatus status;
    status.terminalId = QStringLiteral("A");
    QCOMPARE(status.write(path), QString());
    status.terminalId = QStringLiteral("B");
    QCOMPARE(status.write(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("terminal")).toString(), QStringLiteral("B"));
    QVERIFY(!status.write(dir.filePath(QStringLiteral("no/such/dir/status.json"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestTerminalStatus)
#include "tst_TerminalStatus.moc"
