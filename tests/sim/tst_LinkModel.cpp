#include "core/sim/LinkModel.h"

#include <QTest>

using namespace madoguchi;
using namespace std::chrono_literals;

class TestLinkModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exchange_time();
    void trace_total();
};

void TestLinkModel::exchange_time()
{
    const LinkModel model(100'000, 5ms);
    // 5 + 258 bytes × 10 bits at 100 kbit/s = 26.3 ms, plus 5 ms turnaround.
    QCOMPARE(model.exchangeTime(5, 258), 5ms + 26300us);
    QCOMPARE(LinkModel(9600, 0ms).exchangeTime(12, 2), std::chrono::microseconds(140 * 1'000'000 / 9600));
}

void TestLinkModel::trace_total()
{
    LinkStats stats;
    stats.record(12, 2);
    stats.record(5, 258);
    const LinkModel model(106'000, 5ms);
    QCOMPARE(model.totalTime(stats), model.exchangeTime(12, 2) + model.exchangeTime(5, 258));
    QCOMPARE(model.totalTime(LinkStats()), 0us);
}

QTEST_GUILESS_MAIN(TestLinkModel)
#include "tst_LinkModel.moc"
