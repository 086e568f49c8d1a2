// The kiosk's card thread: jobs queue behind a card that takes its time, and the UI thread never
// waits for them.

#include "core/crypto/TrustStore.h"
#include "core/reader/SimBackend.h"
#include "ui/CardWorker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace madoguchi;

namespace {

// A card that answers every command after a long pause, as a mute card does until the reader's
// answer timeout ends the wait, and then says it knows no such application.
class StallingCard : public ApduResponder
{
public:
    static constexpr int kStallMs = 300;
    QByteArray atr() const override { return QByteArray::fromHex("3B8080010101"); }
    void reset() override {}
    QByteArray respond(QByteArrayView) override
    {
        QThread::msleep(kStallMs);
        return QByteArray::fromHex("6A82");
    }
};

// The longest pause between ticks of a timer on the UI thread while `until` is false.
qint64 longestUiPause(const std::function<bool()>& until, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start(10);
    while (!until() && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    longest = std::max(longest, clock.elapsed() - last);
    return longest;
}

} // namespace

class TestCardWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void the_ui_thread_never_waits_for_a_card();
    void a_cancelled_job_reports_nothing();
    void jobs_run_in_the_order_asked();
};

void TestCardWorker::the_ui_thread_never_waits_for_a_card()
{
    SimBackend backend;
    backend.insertCard(QStringLiteral("r"), std::make_shared<StallingCard>());
    const TrustStore trust;
    CardWorker worker(backend, trust);
    QSignalSpy probed(&worker, &CardWorker::probed);
    QElapsedTimer asked;
    asked.start();
    // A probe on the slow card, and a second one while the first is still under way (a card laid
    // down again): asking queues, it never blocks.
    worker.probe(false);
    worker.probe(false);
    QVERIFY(asked.elapsed() < 50);
    const qint64 pause = longestUiPause([&] { return probed.count() > 0; }, 20000);
    QCOMPARE(probed.count(), 1);  // the first probe's answer was dropped: a newer one was asked for
    QCOMPARE(probed.first().first().value<CardProbe>().document(), DocumentType::Unknown);
    qInfo("two probes of a card answering after %d ms each: UI thread's longest pause %lld ms", StallingCard::kStallMs, pause);
    QVERIFY2(pause < 100, qPrintable(QStringLiteral("the UI thread paused %1 ms").arg(pause)));
}

void TestCardWorker::a_cancelled_job_reports_nothing()
{
    SimBackend backend;
    backend.insertCard(QStringLiteral("r"), std::make_shared<StallingCard>());
    const TrustStore trust;
    CardWorker worker(backend, trust);
    QSignalSpy probed(&worker, &CardWorker::probed);
    int failed = 0;
    connect(&worker, &CardWorker::failed, this, [&failed] { ++failed; });
    worker.probe(false);
    worker.cancel();  // the card was pulled, or the visit ended
    QTest::qWait(6 * StallingCard::kStallMs);
    QCOMPARE(probed.count(), 0);
    QCOMPARE(failed, 0);
}

void TestCardWorker::jobs_run_in_the_order_asked()
{
    SimBackend backend;
    const TrustStore trust;
    CardWorker worker(backend, trust);
    QList<ReaderError::Kind> failed;
    connect(&worker, &CardWorker::failed, this, [&failed](const ReaderError& error) { failed.append(error.kind()); });
    worker.probe(false);  // no reader at all
    QTRY_COMPARE(failed.size(), 1);
    backend.addReader(QStringLiteral("r"));
    worker.probe(false);  // a reader, no card
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed, (QList<ReaderError::Kind>{ReaderError::Kind::NoReader, ReaderError::Kind::NoCard}));
}

QTEST_MAIN(TestCardWorker)
#include "tst_CardWorker.moc"
