#include "core/cards/SafeVerify.h"
#include "tests/support/ScriptedReader.h"

#include <QTest>

using namespace madoguchi;
using Status = SafeVerify::Status;

class TestSafeVerify : public QObject
{
    Q_OBJECT

private:
    ScriptedReader m_reader;
    const SecureBytes m_pin{QByteArrayView("1234")};

private Q_SLOTS:
    void queries_first_then_verifies();
    void wrong_pin_is_reported_and_not_retried();
    void last_try_is_kept_unless_allowed();
    void blocked_is_not_tried();
    void empty_secret_is_never_sent();
};

void TestSafeVerify::queries_first_then_verifies()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("00200091", "63C3");
    card->expect("002000910431323334", "9000");
    auto channel = m_reader.connect(card);
    const auto outcome = SafeVerify::run(*channel, 0x91, m_pin, false);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->status, Status::Verified);
    QCOMPARE(outcome->triesLeft, std::optional<int>(3));
    QVERIFY(card->allConsumed());
}

void TestSafeVerify::wrong_pin_is_reported_and_not_retried()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("00200091", "63C3");
    card->expect("002000910431323334", "63C2");
    auto channel = m_reader.connect(card);
    const auto outcome = SafeVerify::run(*channel, 0x91, m_pin, false);
    QCOMPARE(outcome->status, Status::Rejected);
    QCOMPARE(outcome->triesLeft, std::optional<int>(2));
    QCOMPARE(card->received().size(), 2);
}

void TestSafeVerify::last_try_is_kept_unless_allowed()
{
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("00200091", "63C1");
    auto channel = m_reader.connect(card);
    auto outcome = SafeVerify::run(*channel, 0x91, m_pin, false);
    QCOMPARE(outcome->status, Status::LastTryRefused);
    QCOMPARE(card->received().size(), 1);  // only the query went out

    card->expect("00200091", "63C1");
    card->expect("002000910431323334", "63C0");
    outcome = SafeVerify::run(*channel, 0x91, m_pin, true);
    QCOMPARE(outcome->status, Status::Blocked);
    QCOMPARE(outcome->triesLeft, std::optional<int>(0));
}

void TestSafeVerify::blocked_is_not_tried()
{
    for (const char* answer : {"63C0", "6984", "6983"}) {
        auto card = std::make_shared<ScriptedResponder>();
        card->expect("00200091", answer);
        auto channel = m_reader.connect(card);
        const auto outcome = SafeVerify::run(*channel, 0x91, m_pin, true);
        QCOMPARE(outcome->status, Status::Blocked);
        QCOMPARE(card->received().size(), 1);
    }
}

void TestSafeVerify::empty_secret_is_never_sent()
{
    auto card = std::make_shared<ScriptedResponder>();
    auto channel = m_reader.connect(card);
    QVERIFY(!SafeVerify::run(*channel, 0x91, SecureBytes(), true).ok());
    QVERIFY(card->received().isEmpty());
}

QTEST_GUILESS_MAIN(TestSafeVerify)
#include "tst_SafeVerify.moc"
