// The kiosk through 500 visits in one process (tests/support/KioskSoak): every visit ends back at
// step 1; no threads or file descriptors pile up; and a memory image of the process afterwards
// holds none of the card holders' names or addresses. The visits run in a child process (this
// program with --visits N) so that the memory searched is only the kiosk's; bench_kiosk_soak runs
// 10 000 and prints the figures.

#include "core/session/ProcessHardening.h"
#include "tests/support/KioskSoak.h"
#include "tests/support/ProcessMemory.h"
#include "tests/support/ProcessFigures.h"

#include <QApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace madoguchi;

namespace {

constexpr int kVisits = 500;
constexpr int kWarmUp = 16;  // Qt starts some threads and opens some files on first use (fonts, printing)

// The child: the visits, then two lines of figures on stdout, then it waits to be looked at.
// `stay`: one more visit is left open at the review (the control).
int runVisits(int visits, bool stay)
{
    ProcessHardening::scrubFreedMemory();  // as the kiosk's main() does
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    int failed = 0;
    ProcessFigures start = ProcessFigures::now();
    std::optional<KioskSoak> soak(std::in_place);
    for (int i = 0; i < visits; ++i) {
        if (i == kWarmUp)
            start = ProcessFigures::now();
        if (!soak->visit(i))
            ++failed;
    }
    if (!stay || !soak->stayAtReview())
        soak.reset();
    const ProcessFigures end = ProcessFigures::now();
    ProcessHardening::scrubStack();
    std::printf("%d %d %d %d %d %lld %lld\n", visits, failed, start.threads, end.threads, end.fileDescriptors - start.fileDescriptors,
                start.rssKiB, end.rssKiB);
    std::printf("fds %d %d\n", start.fileDescriptors, end.fileDescriptors);
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}

struct ChildFigures
{
    QList<QByteArray> visits;  // visits, failed, threads after the warm-up and at the end, -, RSS after the warm-up and at the end
    QList<QByteArray> fds;     // "fds", after the warm-up, at the end
    int customerTexts = 0;     // card holders' names and addresses found in its memory
};

// Runs a child through `visits` visits (and one left open at the review when `stay`), then
// searches its memory for the card holders' texts in UTF-8 and UTF-16.
ChildFigures runChild(int visits, bool stay)
{
    ChildFigures figures;
    QProcess child;
    QStringList arguments{QStringLiteral("--visits"), QString::number(visits)};
    if (stay)
        arguments << QStringLiteral("--stay");
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted() || !child.waitForReadyRead(400000))
        return figures;
    while (child.peek(4096).count('\n') < 2 && child.waitForReadyRead(5000)) {
    }
    figures.visits = child.readLine().trimmed().split(' ');
    figures.fds = child.readLine().trimmed().split(' ');
    const QByteArray image = writableMemory(child.processId());
    for (const QString& text : KioskSoak::customerTexts())
        for (const QByteArray& needle : {text.toUtf8(), QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2)})
            figures.customerTexts += int(image.count(needle));
    child.kill();
    child.waitForFinished();
    return figures;
}

} // namespace

class TestKioskSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void five_hundred_visits_leave_nothing_behind();
    void the_memory_search_finds_an_open_visit();
};

void TestKioskSoak::five_hundred_visits_leave_nothing_behind()
{
    const ChildFigures run = runChild(kVisits, false);
    QCOMPARE(run.visits.size(), 7);
    QCOMPARE(run.fds.size(), 3);
    const auto& f = run.visits;
    qInfo("%s visits; after %d: %s threads, RSS %s KiB, %s file descriptors; at the end: %s threads, RSS %s KiB, %s file descriptors",
          f[0].constData(), kWarmUp, f[2].constData(), f[5].constData(), run.fds[1].constData(), f[3].constData(), f[6].constData(),
          run.fds[2].constData());
    QCOMPARE(f[1].toInt(), 0);                          // every visit ended back at step 1
    QVERIFY(f[3].toInt() <= f[2].toInt());              // no more threads than after the warm-up
    QVERIFY(run.fds[2].toInt() <= run.fds[1].toInt());  // nor file descriptors
    QCOMPARE(run.customerTexts, 0);
}

void TestKioskSoak::the_memory_search_finds_an_open_visit()
{
    // The control: with a visit still open at the review, the same search finds its card holder.
    const ChildFigures run = runChild(1, true);
    QVERIFY(run.customerTexts > 0);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--visits") == 0)
        return runVisits(QByteArray(argv[2]).toInt(), argc == 4 && qstrcmp(argv[3], "--stay") == 0);
    TestKioskSoak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_KioskSoak.moc"
