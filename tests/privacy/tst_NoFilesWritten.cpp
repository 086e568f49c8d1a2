// A full read traced with strace: no file is created, written, renamed or removed outside a short
// allow-list, so nothing of the customer can reach the disk — the picture of a passport's data page
// whose MRZ is read included.

#include "tests/support/ProgramPaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

class TestNoFilesWritten : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_pictures;

private Q_SLOTS:
    void every_route_data();
    void every_route();
};

void TestNoFilesWritten::every_route_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("PIN") << QStringList{"--sim", "mynumber:yamada-hanako", "--pin", "1234", "--json"};
    QTest::newRow("照合番号B") << QStringList{"--sim", "mynumber:takasaki-yoshitaro", "--collation-b", "01010820338642", "--json"};
    QTest::newRow("照合番号A") << QStringList{"--sim", "mynumber:tran-thi-mai", "--collation-a", "402987615398", "--json"};
    QTest::newRow("licence, 本籍") << QStringList{"--sim", "licence:yamada-hanako", "--pin1", "1111", "--pin2", "2222", "--domicile", "--json"};
    QTest::newRow("マイナ免許証") << QStringList{"--sim", "mynumber:suzuki-ichiro", "--collation-b", "64010720311357", "--licence-pin", "8642", "--json"};
    QTest::newRow("residence card, first generation") << QStringList{"--sim", "residence:tran-thi-mai", "--card-number", "AB12345678CD", "--json"};
    QTest::newRow("residence card, second generation") << QStringList{"--sim", "residence:silva-lucas", "--card-number", "UH98765432BR", "--json"};
    QTest::newRow("passport, BAC") << QStringList{"--sim", "passport:yamada-hanako", "--document-number", "TZ1234567", "--birth-date", "1980-02-17", "--expiry-date", "2032-06-01", "--json"};
    QTest::newRow("passport, PACE and CA") << QStringList{"--sim", "passport:silva-lucas", "--can", "123456", "--json"};
    // The MRZ read off a picture of the data page: read, never written anywhere.
    const QString page = m_pictures.filePath("page.png");
    QProcess::execute(ProgramPaths::cardsim(), {"--card", "passport", "--persona", "yamada-hanako", "--face-image", page});
    QTest::newRow("passport, MRZ from a picture") << QStringList{"--sim", "passport:yamada-hanako", "--card-image", page, "--json"};
    const QString front = m_pictures.filePath("front.png");
    QProcess::execute(ProgramPaths::cardsim(), {"--card", "mynumber", "--persona", "yamada-hanako", "--face-image", front});
    QTest::newRow("照合番号B from a picture") << QStringList{"--sim", "mynumber:yamada-hanako", "--card-image", front, "--json"};
    QTest::newRow("tampered card") << QStringList{"--sim", "mynumber:suzuki-ichiro:tampered-photo", "--pin", "2468", "--json"};
}

void TestNoFilesWritten::every_route()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString trace = dir.filePath("trace");
    QProcess strace;
    // LeakSanitizer cannot work under ptrace: off for the traced program of a sanitizer build.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("ASAN_OPTIONS", "detect_leaks=0");
    strace.setProcessEnvironment(environment);
    strace.start("strace", QStringList{"-f", "-qq", "-o", trace, "-e",
                                       "trace=open,openat,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,link,linkat,"
                                       "symlink,symlinkat,truncate,ftruncate",
                                       ProgramPaths::read()} + args);
    QVERIFY(strace.waitForFinished(60000));
    QCOMPARE(strace.exitCode(), 1);  // read; verified against test anchors only
    QVERIFY(strace.readAllStandardOutput().contains("\"holder\""));
    QFile file(trace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 20);
    // Allowed: Qt's offscreen platform makes sure its runtime directory exists; /dev/null.
    const QRegularExpression allowed(R"re(^"(/tmp/runtime-[^"/]+|/dev/null)")re");
    const QRegularExpression call(R"re(^\d+\s+(\w+)\((.*)$)re");
    int writing = 0;
    for (const QString& line : lines) {
        const auto m = call.match(line);
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(1);
        QString callArgs = m.captured(2);
        if (name == "openat" || name == "open") {
            if (!callArgs.contains("O_WRONLY") && !callArgs.contains("O_RDWR") && !callArgs.contains("O_CREAT") && !callArgs.contains("O_TRUNC"))
                continue;
        }
        if (name == "ftruncate")
            continue;  // on a descriptor already opened: the open itself was checked
        callArgs.remove(QRegularExpression("^AT_FDCWD, "));
        ++writing;
        QVERIFY2(allowed.match(callArgs).hasMatch(), qPrintable("writes to disk: " + line));
    }
    qInfo("%d file-changing calls, all on the allow-list", writing);
}

QTEST_GUILESS_MAIN(TestNoFilesWritten)
#include "tst_NoFilesWritten.moc"
