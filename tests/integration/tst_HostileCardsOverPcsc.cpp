// Hostile cards of every type through the real stack (pcscd + vsmartcard-vpcd + madoguchi-cardsim):
// answers cut short, lengths beyond the data, wrong status words, bad secure-messaging MACs,
// endless 61xx, a slow card, a mute card and a card taken away mid-read. Each read must end within
// a bounded time, without a crash, in the exit code and sentence a counter can act on.

#include "tests/support/JsonReport.h"
#include "tests/support/PcscStack.h"

#include <QTest>

using namespace madoguchi;

namespace {

constexpr quint16 kPort = 35996;
// madoguchi-read's answer time limit for these reads, so a mute card is noticed quickly.
constexpr int kAnswerTimeoutSeconds = 2;
// A read that takes longer than this has hung somewhere (a mute card costs the answer time limit
// plus PcscWorker::kShutdownWait).
constexpr qint64 kBoundMs = 20000;

struct Card
{
    const char* type;
    const char* persona;
    QStringList credential;
};

const Card kMyNumber{"mynumber", "yamada-hanako", {QStringLiteral("--pin"), QStringLiteral("1234")}};
const Card kLicence{"licence", "yamada-hanako", {QStringLiteral("--pin1"), QStringLiteral("1111"), QStringLiteral("--pin2"), QStringLiteral("2222")}};
const Card kResidence{"residence", "silva-lucas", {QStringLiteral("--card-number"), QStringLiteral("UH98765432BR")}};
const Card kPassport{"passport",
                     "yamada-hanako",
                     {QStringLiteral("--document-number"), QStringLiteral("TZ1234567"), QStringLiteral("--birth-date"),
                      QStringLiteral("1980-02-17"), QStringLiteral("--expiry-date"), QStringLiteral("2032-06-01")}};

} // namespace

class TestHostileCardsOverPcsc : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PcscStack> m_stack;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostile_card_data();
    void hostile_card();
    void slow_card_data();
    void slow_card();
};

void TestHostileCardsOverPcsc::initTestCase()
{
    m_stack = std::make_unique<PcscStack>(kPort);
    const QString error = m_stack->startPcscd();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHostileCardsOverPcsc::cleanupTestCase()
{
    m_stack.reset();
}

void TestHostileCardsOverPcsc::hostile_card_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QStringList>("credential");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("exitCode");
    // The error's detail (madoguchi-read's stderr), or for exit 1 the verdict in the report.
    QTest::addColumn<QString>("expected");

    const auto row = [](const Card& card, const char* fault, int exitCode, const char* expected) {
        QTest::addRow("%s %s", card.type, fault) << QString::fromLatin1(card.type) << QString::fromLatin1(card.persona)
                                                  << card.credential << QString::fromLatin1(fault) << exitCode
                                                  << QString::fromUtf8(expected);
    };
    const char* const mute = "no answer from PC/SC within";
    const char* const gone = "The card was taken off the reader";
    const char* const endless = "card keeps answering 61xx";
    const char* const wrongStatus = "READ BINARY at 0: no precise diagnosis";

    row(kMyNumber, "truncated-response", 5, "its header announces");
    row(kMyNumber, "overlong-length", 5, "its header announces");
    row(kMyNumber, "wrong-status", 5, wrongStatus);
    row(kMyNumber, "endless-61xx", 5, endless);
    row(kMyNumber, "mute", 5, mute);
    row(kMyNumber, "removed", 5, gone);

    // A licence answer cut short still parses; the signature over it then fails.
    row(kLicence, "truncated-response", 1, "not-genuine");
    row(kLicence, "overlong-length", 5, "licence entries");
    row(kLicence, "wrong-status", 5, wrongStatus);
    row(kLicence, "endless-61xx", 5, endless);
    row(kLicence, "mute", 5, mute);
    row(kLicence, "removed", 5, gone);

    row(kResidence, "truncated-response", 5, "card type file");
    row(kResidence, "overlong-length", 5, "card type file");
    row(kResidence, "wrong-status", 5, wrongStatus);
    // Its secure messaging encrypts without a MAC (residence-card.md §B2): a changed byte garbles the answer.
    row(kResidence, "bad-mac", 5, "unknown residence card type");
    row(kResidence, "endless-61xx", 5, endless);
    row(kResidence, "mute", 5, mute);
    row(kResidence, "removed", 5, gone);

    row(kPassport, "truncated-response", 5, "its header announces");
    row(kPassport, "overlong-length", 5, "its header announces");
    row(kPassport, "wrong-status", 5, wrongStatus);
    row(kPassport, "bad-mac", 5, "secure messaging broke down");
    row(kPassport, "endless-61xx", 5, endless);
    row(kPassport, "mute", 5, mute);
    row(kPassport, "removed", 5, gone);
}

void TestHostileCardsOverPcsc::hostile_card()
{
    QFETCH(QString, type);
    QFETCH(QString, persona);
    QFETCH(QStringList, credential);
    QFETCH(QString, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    QString errors;
    const JsonReport report = JsonReport::fromServedCard(
        *m_stack, type, persona, {QStringLiteral("--fault"), fault},
        credential + QStringList{QStringLiteral("--answer-timeout"), QString::number(kAnswerTimeoutSeconds)}, &errors);
    // A removed or mute card is not served again: the next row starts a fresh one.
    m_stack->stopCard();

    QVERIFY2(report.exitCode != -1, qPrintable(QStringLiteral("crashed or hung; stderr: %1").arg(errors)));
    QCOMPARE(report.exitCode, exitCode);
    QVERIFY2(report.elapsedMs < kBoundMs, qPrintable(QStringLiteral("took %1 ms").arg(report.elapsedMs)));
    if (exitCode == 1)
        QCOMPARE(report.section("verification").value(QLatin1String("verdict")).toString(), expected);
    else
        QVERIFY2(errors.contains(expected), qPrintable(errors));
    // Whatever went wrong, nothing of the holder is printed with the error.
    QVERIFY2(!errors.contains(QLatin1String("1980")) && !errors.contains(QLatin1String("TZ1234567")), qPrintable(errors));
    qInfo().noquote() << type << fault << "ended in" << report.elapsedMs << "ms with exit" << report.exitCode;
}

void TestHostileCardsOverPcsc::slow_card_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QStringList>("credential");
    QTest::newRow("mynumber") << QString::fromLatin1(kMyNumber.type) << QString::fromLatin1(kMyNumber.persona) << kMyNumber.credential;
    QTest::newRow("passport") << QString::fromLatin1(kPassport.type) << QString::fromLatin1(kPassport.persona) << kPassport.credential;
}

void TestHostileCardsOverPcsc::slow_card()
{
    QFETCH(QString, type);
    QFETCH(QString, persona);
    QFETCH(QStringList, credential);

    // 400 ms per answer is slow but within the time limit: the read completes as on a quick card
    // (exit 1: the virtual cards chain to test anchors only).
    QString errors;
    const JsonReport report =
        JsonReport::fromServedCard(*m_stack, type, persona, {QStringLiteral("--fault"), QStringLiteral("slow")}, credential, &errors);
    QVERIFY2(report.exitCode == 1, qPrintable(errors));
    QCOMPARE(report.section("verification").value(QLatin1String("verdict")).toString(), QStringLiteral("unverified"));
    qInfo().noquote() << type << "slow card read in" << report.elapsedMs << "ms";
}

QTEST_GUILESS_MAIN(TestHostileCardsOverPcsc)
#include "tst_HostileCardsOverPcsc.moc"
