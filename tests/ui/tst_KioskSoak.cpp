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

// What a child reports: its visits and the kernel's counts after the warm-up and at the end.
struct ChildFigures
{
    int failed = -1;  // visits that did not end back at step 1; -1: no report came
    int threadsAfterWarmUp = 0;
    int threads = 0;
    int fileDescriptorsAfterWarmUp = 0;
    int fileDescriptors = 0;
    qint64 rssKiBAfterWarmUp = 0;
    qint64 rssKiB = 0;
    int customerTexts = 0;  // card holders' names and addresses found in its memory
};

// The child: the visits, then its figures on one line of stdout, then it waits to be looked at.
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
    std::printf("%d %d %d %d %d %lld %lld\n", failed, start.threads, end.threads, start.fileDescriptors, end.fileDescriptors, start.rssKiB,
                end.rssKiB);
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}

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
    while (!child.canReadLine() && child.waitForReadyRead(5000)) {
    }
    const QList<QByteArray> f = child.readLine().trimmed().split(' ');
    if (f.size() == 7) {
        figures.failed = f[0].toInt();
        figures.threadsAfterWarmUp = f[1].toInt();
        figures.threads = f[2].toInt();
        figures.fileDescriptorsAfterWarmUp = f[3].toInt();
        figures.fileDescriptors = f[4].toInt();
        figures.rssKiBAfterWarmUp = f[5].toLongLong();
        figures.rssKiB = f[6].toLongLong();
    }
    const QByteArray image = writableMemory(child.processId());
    for (const QString& text : KioskSoak::customerTexts())
        for (const QByteArray& needle : {text.toUtf8(), utf16Bytes(text)})
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
    qInfo("%d visits; after %d: %d threads, RSS %lld KiB, %d file descriptors; at the end: %d threads, RSS %lld KiB, %d file descriptors",
          kVisits, kWarmUp, run.threadsAfterWarmUp, run.rssKiBAfterWarmUp, run.fileDescriptorsAfterWarmUp, run.threads, run.rssKiB,
          run.fileDescriptors);
    QCOMPARE(run.failed, 0);                                          // every visit ended back at step 1
    QVERIFY(run.threads <= run.threadsAfterWarmUp);                   // no more threads than after the warm-up
    QVERIFY(run.fileDescriptors <= run.fileDescriptorsAfterWarmUp);  // nor file descriptors
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
