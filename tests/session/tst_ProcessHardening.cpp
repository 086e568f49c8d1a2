// Process hardening: what every program does first.

#include "core/session/ProcessHardening.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace madoguchi;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void core_dumps_are_disabled();
};

void TestProcessHardening::core_dumps_are_disabled()
{
    QVERIFY(ProcessHardening::disableCoreDumps());
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_ProcessHardening.moc"
