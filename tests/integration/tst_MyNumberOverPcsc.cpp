// My Number card routes and faults through the real stack: pcscd + vsmartcard-vpcd +
// madoguchi-cardsim, read by PcscBackend + MyNumberReader and by the madoguchi-read program.

#include "core/base/ResourceLocator.h"
#include "core/cards/mynumber/MyNumberReader.h"
#include "core/reader/PcscBackend.h"
#include "core/sim/MyNumberSim.h"
#include "tests/support/CheckResult.h"
#include "tests/support/FacePhoto.h"
#include "tests/support/JsonReport.h"
#include "tests/support/PcscStack.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using Route = MyNumberReader::Request::Route;
using R = Verification::Result;

namespace {

constexpr quint16 kPort = 35992;

} // namespace

class TestMyNumberOverPcsc : public QObject
{
    Q_OBJECT

private:
    // Serves `persona` (with `fault`) and reads it once through pcscd.
    std::optional<CardReadOutcome> read(const QString& persona, const QString& fault, Route route, const QByteArray& secret,
                                        int* apdus = nullptr);

    std::unique_ptr<PcscStack> m_stack;
    const TrustStore m_trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void every_persona_every_route_data();
    void every_persona_every_route();
    void blocked_pin_is_reported();
    void faults_data();
    void faults();
    void wrong_b_then_last_try_through_the_program();
    void b_at_its_last_try_in_both_applications();
    void collation_b_from_a_photo_of_the_card_front_data();
    void collation_b_from_a_photo_of_the_card_front();
};

void TestMyNumberOverPcsc::initTestCase()
{
    m_stack = std::make_unique<PcscStack>(kPort);
    const QString error = m_stack->startPcscd();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMyNumberOverPcsc::cleanupTestCase()
{
    m_stack.reset();
}

std::optional<CardReadOutcome> TestMyNumberOverPcsc::read(const QString& persona, const QString& fault, Route route,
                                                          const QByteArray& secret, int* apdus)
{
    if (!m_stack->serveCard(QStringLiteral("mynumber"), persona, {QStringLiteral("--fault"), fault}).isEmpty())
        return std::nullopt;
    PcscBackend backend;
    const QDeadlineTimer deadline(10000);
    std::unique_ptr<CardChannel> channel;
    while (!channel && !deadline.hasExpired()) {
        auto connected = backend.connectCard(PcscStack::readerName());
        if (connected)
            channel = std::move(connected).value();
        else
            QTest::qWait(100);
    }
    if (!channel) {
        qWarning().noquote() << "no card:" << m_stack->cardLog();
        return std::nullopt;
    }
    MyNumberReader::Request request;
    request.route = route;
    request.secret = SecureBytes(secret);
    auto outcome = MyNumberReader(*channel, m_trust).read(request);
    if (!outcome) {
        qWarning().noquote() << outcome.error().describe();
        return std::nullopt;
    }
    if (apdus)
        *apdus = channel->stats().apdus();
    return std::move(outcome).value();
}

void TestMyNumberOverPcsc::every_persona_every_route_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<int>("route");
    for (const char* id : {"yamada-hanako", "tran-thi-mai", "suzuki-ichiro", "takasaki-yoshitaro", "sato-mirai"}) {
        QTest::addRow("%s pin", id) << QString::fromLatin1(id) << int(Route::Pin);
        QTest::addRow("%s collation-b", id) << QString::fromLatin1(id) << int(Route::CollationB);
        QTest::addRow("%s collation-a", id) << QString::fromLatin1(id) << int(Route::CollationA);
    }
}

void TestMyNumberOverPcsc::every_persona_every_route()
{
    QFETCH(QString, persona);
    QFETCH(int, route);
    const Persona p = Persona::load(persona).value();
    const QJsonObject doc = p.document(QStringLiteral("mynumber"));
    const QByteArray secret = Route(route) == Route::Pin          ? doc.value(QLatin1String("pin")).toString().toLatin1()
                              : Route(route) == Route::CollationA ? doc.value(QLatin1String("myNumber")).toString().toLatin1()
                                                                  : MyNumberSim::collationB(p).toLatin1();
    int apdus = 0;
    const auto outcome = read(persona, QStringLiteral("none"), Route(route), secret, &apdus);
    QVERIFY(outcome);
    QCOMPARE(outcome->credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Verified));
    if (Route(route) == Route::CollationA) {
        // 番号確認: the number, and nothing else of the holder.
        QCOMPARE(outcome->record.documentNumber, doc.value(QLatin1String("myNumber")).toString());
        QVERIFY(outcome->record.name.isEmpty());
        QVERIFY(outcome->record.face.bytes.isEmpty());
        QCOMPARE(apdus, 12);  // the individual-number file read whole, to the card's end status
        return;
    }
    QCOMPARE(outcome->record.name, p.nameKanji());
    QCOMPARE(outcome->record.address, p.address());
    QCOMPARE(outcome->record.birthDate, p.birthDate());
    QCOMPARE(outcome->record.face.width, 120);
    QCOMPARE(outcome->record.documentNumber.isEmpty(), Route(route) != Route::Pin);
    // Every check passed; revocation is known only online (jpki-revocation, not-checked).
    for (const auto& check : outcome->verification.checks())
        QVERIFY2(check.result == (check.aspect == Verification::Aspect::Revocation ? R::NotChecked : R::Pass),
                 qPrintable(check.name + QStringLiteral(": ") + check.detail));
    QCOMPARE(apdus, Route(route) == Route::Pin ? 18 : 16);  // PIN: the individual-number file read to its end status
}

void TestMyNumberOverPcsc::blocked_pin_is_reported()
{
    const auto outcome = read(QStringLiteral("yamada-hanako"), QStringLiteral("blocked-pin"), Route::Pin, "1234");
    QVERIFY(outcome);
    QCOMPARE(outcome->credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Blocked));
    QCOMPARE(outcome->credential.triesLeft, std::optional<int>(0));
    QVERIFY(outcome->record.name.isEmpty());
}

void TestMyNumberOverPcsc::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("failed");
    QTest::newRow("tampered-text") << "tampered-text" << "text-signature";
    QTest::newRow("tampered-photo") << "tampered-photo" << "surface-signature";
    QTest::newRow("cloned") << "cloned" << "card-liveness";
}

void TestMyNumberOverPcsc::faults()
{
    QFETCH(QString, fault);
    QFETCH(QString, failed);
    const auto outcome = read(QStringLiteral("yamada-hanako"), fault, Route::Pin, "1234");
    QVERIFY(outcome);
    QCOMPARE(checkResult(*outcome, failed), R::Fail);
    QCOMPARE(outcome->verification.verdict(), Verification::Verdict::NotGenuine);
}

void TestMyNumberOverPcsc::wrong_b_then_last_try_through_the_program()
{
    QVERIFY(m_stack->startCard(QStringLiteral("mynumber"), QStringLiteral("yamada-hanako")).isEmpty());
    // A wrong 照合番号B: exit 2, the decremented count, no holder data.
    JsonReport report = JsonReport::fromRead({QStringLiteral("--collation-b"), QStringLiteral("55021720352286")});
    QCOMPARE(report.exitCode, 2);
    QCOMPARE(report.section("credential").value(QLatin1String("triesLeft")).toInt(), 9);
    QVERIFY(report.section("holder").value(QLatin1String("name")).isNull());

    // The right one by its parts: everything passes against test anchors, so exit 1, "unverified".
    report = JsonReport::fromRead({QStringLiteral("--birth-date"), QStringLiteral("1980-02-17"), QStringLiteral("--expiry-year"),
                                   QStringLiteral("2035"), QStringLiteral("--security-code"), QStringLiteral("2285")});
    QCOMPARE(report.exitCode, 1);
    QCOMPARE(report.section("holder").value(QLatin1String("name")).toString(), QStringLiteral("山田　花子"));
    QCOMPARE(report.section("verification").value(QLatin1String("verdict")).toString(), QStringLiteral("unverified"));
    QVERIFY(report.section("document").value(QLatin1String("number")).isNull());

    // One PIN try left: refused without --use-last-try, and nothing was sent.
    QVERIFY(m_stack->startCard(QStringLiteral("mynumber"), QStringLiteral("yamada-hanako"), {QStringLiteral("--fault"), QStringLiteral("pin-last-try")}).isEmpty());
    report = JsonReport::fromRead({QStringLiteral("--pin"), QStringLiteral("1234")});
    QCOMPARE(report.exitCode, 2);
    QCOMPARE(report.section("credential").value(QLatin1String("status")).toString(), QStringLiteral("last-try-refused"));
    report = JsonReport::fromRead({QStringLiteral("--pin"), QStringLiteral("1234"), QStringLiteral("--use-last-try")});
    QCOMPARE(report.exitCode, 1);
    QCOMPARE(report.section("document").value(QLatin1String("number")).toString(), QStringLiteral("123456789018"));
}

void TestMyNumberOverPcsc::b_at_its_last_try_in_both_applications()
{
    // 照合番号B at one try in both applications, --use-last-try given: the text AP accepts it, so the
    // 券面AP gets it too; the face and the liveness are read and both counters are reported.
    QVERIFY(m_stack->startCard(QStringLiteral("mynumber"), QStringLiteral("yamada-hanako"), {QStringLiteral("--fault"), QStringLiteral("collation-last-try")})
                .isEmpty());
    const JsonReport report = JsonReport::fromRead({QStringLiteral("--collation-b"), QStringLiteral("55021720352285"), QStringLiteral("--use-last-try")});
    QCOMPARE(report.exitCode, 1);
    QVERIFY(report.section("face").value(QLatin1String("bytes")).toInt() > 1000);
    const QJsonArray counters = report.section("credential").value(QLatin1String("counters")).toArray();
    QCOMPARE(counters.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(counters[i][QLatin1String("key")].toString(), i == 0 ? QStringLiteral("text-collation-b") : QStringLiteral("surface-collation-b"));
        QCOMPARE(counters[i][QLatin1String("triesLeft")].toInt(), 1);
        QCOMPARE(counters[i][QLatin1String("status")].toString(), QStringLiteral("verified"));
    }
    for (const QJsonValue check : report.section("verification").value(QLatin1String("checks")).toArray())
        if (check[QLatin1String("name")].toString() != QLatin1String("jpki-chain") && check[QLatin1String("aspect")].toString() != QLatin1String("revocation"))
            QCOMPARE(check[QLatin1String("result")].toString(), QStringLiteral("pass"));
}

void TestMyNumberOverPcsc::collation_b_from_a_photo_of_the_card_front_data()
{
    QTest::addColumn<QString>("persona");
    QTest::newRow("和暦 (昭和55年)") << QStringLiteral("yamada-hanako");
    QTest::newRow("平成元年") << QStringLiteral("takasaki-yoshitaro");
    QTest::newRow("Gregorian, foreign resident") << QStringLiteral("tran-thi-mai");
}

void TestMyNumberOverPcsc::collation_b_from_a_photo_of_the_card_front()
{
    // The card's front as madoguchi-cardsim draws it, photographed at an angle: madoguchi-read
    // --card-image builds 照合番号B from it and the card accepts it at the first try.
    QFETCH(QString, persona);
    QTemporaryDir dir;
    const QString photo = FacePhoto::take(QStringLiteral("mynumber"), persona, dir.path());
    QVERIFY(!photo.isEmpty());
    QVERIFY(m_stack->startCard(QStringLiteral("mynumber"), persona).isEmpty());
    QString errors;
    const JsonReport report = JsonReport::fromRead({QStringLiteral("--card-image"), photo}, &errors);
    QVERIFY2(report.exitCode == 1, qPrintable(errors));  // read; the test anchors never give "genuine"
    const QJsonObject credential = report.section("credential");
    QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(credential.value(QLatin1String("fromImage")).toArray().size(), 3);
    for (const QJsonValue counter : credential.value(QLatin1String("counters")).toArray())
        QCOMPARE(counter[QLatin1String("triesLeft")].toInt(), 10);  // no try was spent
    // What was read is not repeated on stderr.
    QVERIFY2(!errors.contains(MyNumberSim::collationB(Persona::load(persona).value())), qPrintable(errors));
}

QTEST_MAIN(TestMyNumberOverPcsc)
#include "tst_MyNumberOverPcsc.moc"
