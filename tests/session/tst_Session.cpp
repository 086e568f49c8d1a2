#include "core/session/ProcessHardening.h"
#include "core/session/Session.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace madoguchi;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stores_and_ends();
    void session_is_reusable_after_end();
    void core_dumps_are_disabled();
};

void TestSession::stores_and_ends()
{
    Session session;
    session.store(QStringLiteral("mynumber/text/0002"), SecureBytes(QByteArrayView("basic four")));
    session.store(QStringLiteral("mynumber/text/0001"), SecureBytes(QByteArrayView("123456789018")));
    QCOMPARE(session.itemCount(), 2);
    QCOMPARE(session.byteCount(), 10 + 12);
    QVERIFY(*session.find(QStringLiteral("mynumber/text/0001")) == QByteArrayView("123456789018"));
    const SecureBytes* item = session.find(QStringLiteral("mynumber/text/0001"));
    QVERIFY(item);
    session.end();
    QCOMPARE(session.itemCount(), 0);
    QCOMPARE(session.byteCount(), 0);
    QVERIFY(!session.find(QStringLiteral("mynumber/text/0001")));
}

void TestSession::session_is_reusable_after_end()
{
    Session session;
    session.store(QStringLiteral("a"), SecureBytes(QByteArrayView("1")));
    session.end();
    session.store(QStringLiteral("a"), SecureBytes(QByteArrayView("2")));
    QVERIFY(*session.find(QStringLiteral("a")) == QByteArrayView("2"));
}

void TestSession::core_dumps_are_disabled()
{
    QVERIFY(ProcessHardening::disableCoreDumps());
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_Session.moc"
