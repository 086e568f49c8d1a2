#include "core/base/ResourceLocator.h"
#include "core/cards/mynumber/MyNumberReader.h"
#include "core/reader/SimBackend.h"
#include "core/sim/MyNumberSim.h"
#include "tests/support/CheckResult.h"

#include <QJsonObject>
#include <QTest>

using namespace madoguchi;
using Route = MyNumberReader::Request::Route;
using Fault = SimCardOptions::Fault;
using R = Verification::Result;

namespace {

struct Run
{
    CardReadOutcome outcome;
    int apdus = 0;
};

} // namespace

class TestMyNumberReader : public QObject
{
    Q_OBJECT

private:
    Run read(const QString& personaId, Route route, const QByteArray& secret, Fault fault = Fault::None, bool lastTry = false);
    Persona persona(const QString& id) { return Persona::load(id).value(); }
    SimBackend m_backend;
    const TrustStore m_trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    std::shared_ptr<VirtualCard> m_card;

private Q_SLOTS:
    void every_persona_every_route_data();
    void every_persona_every_route();
    void collation_a_confirms_the_number();
    void no_credential_reads_free_data_and_tries();
    void faults_fail_the_right_check_data();
    void faults_fail_the_right_check();
    void wrong_collation_b_shows_decremented_tries();
    void last_try_needs_permission();
    void a_value_just_accepted_opens_the_card_face_at_its_last_try_data();
    void a_value_just_accepted_opens_the_card_face_at_its_last_try();
    void blocked_pin();
    void production_trust_never_accepts_the_test_pki();
    void pin_on_the_readers_keypad();
};

Run TestMyNumberReader::read(const QString& personaId, Route route, const QByteArray& secret, Fault fault, bool lastTry)
{
    SimCardOptions options;
    options.fault = fault;
    m_card = MyNumberSim::build(persona(personaId), options);
    m_backend.insertCard(QStringLiteral("r"), m_card);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    MyNumberReader::Request request;
    request.route = route;
    request.secret = SecureBytes(secret);
    request.allowLastTry = lastTry;
    auto outcome = MyNumberReader(*channel, m_trust).read(request);
    if (!outcome) {
        qWarning() << outcome.error().describe();
        return {};
    }
    return {std::move(outcome).value(), channel->stats().apdus()};
}

void TestMyNumberReader::every_persona_every_route_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<int>("route");
    for (const char* id : {"yamada-hanako", "tran-thi-mai", "suzuki-ichiro", "takasaki-yoshitaro", "sato-mirai"}) {
        QTest::addRow("%s pin", id) << QString::fromLatin1(id) << int(Route::Pin);
        QTest::addRow("%s collation-b", id) << QString::fromLatin1(id) << int(Route::CollationB);
    }
}

void TestMyNumberReader::every_persona_every_route()
{
    QFETCH(QString, persona);
    QFETCH(int, route);
    const Persona p = this->persona(persona);
    const QJsonObject doc = p.document(QStringLiteral("mynumber"));
    const QByteArray secret = Route(route) == Route::Pin ? doc.value(QLatin1String("pin")).toString().toLatin1()
                                                         : MyNumberSim::collationB(p).toLatin1();
    const Run run = read(persona, Route(route), secret);
    const IdentityRecord& r = run.outcome.record;
    QCOMPARE(run.outcome.credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Verified));
    QCOMPARE(r.name, p.nameKanji());
    QCOMPARE(r.address, p.address());
    QCOMPARE(r.birthDate, p.birthDate());
    QCOMPARE(int(r.sex), int(p.sex() == Persona::Sex::Female ? IdentityRecord::Sex::Female : IdentityRecord::Sex::Male));
    QCOMPARE(r.expiryDate, QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate));
    // The individual number only on the PIN route (個人番号利用事務).
    QCOMPARE(r.documentNumber, Route(route) == Route::Pin ? doc.value(QLatin1String("myNumber")).toString() : QString());
    QCOMPARE(r.face.format, QStringLiteral("jp2"));
    QCOMPARE(r.face.width, 120);
    QCOMPARE(r.face.height, 150);
    QVERIFY(r.images.value(QStringLiteral("name")).bytes.startsWith("\x89PNG"));
    // Every check passed, but whether J-LIS revoked the certificate is known only online.
    for (const auto& check : run.outcome.verification.checks())
        QVERIFY2(check.result == (check.name == QLatin1String("jpki-revocation") ? R::NotChecked : R::Pass),
                 qPrintable(check.name + QStringLiteral(": ") + check.detail));
    QCOMPARE(run.outcome.verification.checks().size(), 8);
    QCOMPARE(run.outcome.verification.validity(), Verification::Validity::Valid);
    // Every check passed, but against test anchors: never "genuine".
    QCOMPARE(run.outcome.verification.verdict(), Verification::Verdict::Unverified);
    // JPKI 3 + text AP (SELECT, 0004, query, VERIFY, reads) + 券面AP 7, extended length; the PIN
    // route's individual-number file is read whole, to the card's end status.
    QCOMPARE(run.apdus, Route(route) == Route::Pin ? 18 : 16);
}

void TestMyNumberReader::collation_a_confirms_the_number()
{
    const Run run = read(QStringLiteral("yamada-hanako"), Route::CollationA, "123456789018");
    QCOMPARE(run.outcome.record.documentNumber, QStringLiteral("123456789018"));
    QVERIFY(run.outcome.record.name.isEmpty());
    QCOMPARE(checkResult(run.outcome, QStringLiteral("text-signature")), R::Pass);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("card-liveness")), R::Pass);  // through 0007 DF51
    QCOMPARE(checkResult(run.outcome, QStringLiteral("surface-signature")), R::NotChecked);
    QCOMPARE(run.apdus, 12);  // the individual-number file read whole, to the card's end status
}

void TestMyNumberReader::no_credential_reads_free_data_and_tries()
{
    const Run run = read(QStringLiteral("yamada-hanako"), Route::None, {});
    QCOMPARE(run.outcome.credential.triesLeft, std::optional<int>(3));
    QVERIFY(!run.outcome.credential.status);
    QVERIFY(run.outcome.record.name.isEmpty());
    QCOMPARE(checkResult(run.outcome, QStringLiteral("jpki-chain")), R::Pass);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("text-certificate")), R::Pass);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("surface-certificate")), R::Pass);  // free too (§4.1)
    QCOMPARE(checkResult(run.outcome, QStringLiteral("text-signature")), R::NotChecked);
    QCOMPARE(run.outcome.credential.counters.size(), 1);
    QCOMPARE(run.outcome.credential.counters[0].key, QStringLiteral("text-pin"));
    // SELECT JPKI, 000A, 000B, SELECT text AP, 0004, PIN query, SELECT 券面AP, 0004.
    QCOMPARE(run.apdus, 8);
}

void TestMyNumberReader::faults_fail_the_right_check_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("route");
    QTest::addColumn<QString>("failed");
    QTest::newRow("tampered text, PIN") << int(Fault::TamperedText) << int(Route::Pin) << "text-signature";
    QTest::newRow("tampered text, B") << int(Fault::TamperedText) << int(Route::CollationB) << "text-signature";
    QTest::newRow("tampered photo") << int(Fault::TamperedPhoto) << int(Route::CollationB) << "surface-signature";
    QTest::newRow("cloned card") << int(Fault::Cloned) << int(Route::Pin) << "card-liveness";
    QTest::newRow("cloned card, A route") << int(Fault::Cloned) << int(Route::CollationA) << "card-liveness";
}

void TestMyNumberReader::faults_fail_the_right_check()
{
    QFETCH(int, fault);
    QFETCH(int, route);
    QFETCH(QString, failed);
    const Persona p = persona(QStringLiteral("yamada-hanako"));
    const QByteArray secret = Route(route) == Route::Pin ? QByteArray("1234")
                              : Route(route) == Route::CollationA ? QByteArray("123456789018")
                                                                  : MyNumberSim::collationB(p).toLatin1();
    const Run run = read(p.id(), Route(route), secret, Fault(fault));
    QCOMPARE(checkResult(run.outcome, failed), R::Fail);
    QCOMPARE(run.outcome.verification.verdict(), Verification::Verdict::NotGenuine);
    int failures = 0;
    for (const auto& check : run.outcome.verification.checks())
        failures += check.result == R::Fail;
    QCOMPARE(failures, 1);
}

void TestMyNumberReader::wrong_collation_b_shows_decremented_tries()
{
    const Run first = read(QStringLiteral("yamada-hanako"), Route::CollationB, "55021720352286");
    QCOMPARE(first.outcome.credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Rejected));
    QCOMPARE(first.outcome.credential.triesLeft, std::optional<int>(9));
    QVERIFY(first.outcome.record.name.isEmpty());
    QVERIFY(first.outcome.credentialRefused());
    // The card remembers: the next read starts from 9 and, right this time, resets it.
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    MyNumberReader::Request request;
    request.route = Route::CollationB;
    request.secret = SecureBytes(QByteArrayView("55021720352285"));
    const auto second = MyNumberReader(*channel, m_trust).read(request);
    QCOMPARE(second->credential.triesLeft, std::optional<int>(9));
    QCOMPARE(second->credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Verified));
}

void TestMyNumberReader::last_try_needs_permission()
{
    const Run refused = read(QStringLiteral("yamada-hanako"), Route::Pin, "1234", Fault::PinLastTry);
    QCOMPARE(refused.outcome.credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::LastTryRefused));
    QCOMPARE(refused.outcome.credential.triesLeft, std::optional<int>(1));
    const Run allowed = read(QStringLiteral("yamada-hanako"), Route::Pin, "1234", Fault::PinLastTry, true);
    QCOMPARE(allowed.outcome.credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Verified));
    QCOMPARE(allowed.outcome.record.documentNumber, QStringLiteral("123456789018"));
}

void TestMyNumberReader::a_value_just_accepted_opens_the_card_face_at_its_last_try_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("lastTry");
    QTest::addColumn<int>("textTries");
    QTest::addRow("both at one, last try allowed") << int(Fault::CollationLastTry) << true << 1;
    QTest::addRow("card face at one, nothing allowed") << int(Fault::SurfaceLastTry) << false << 10;
}

void TestMyNumberReader::a_value_just_accepted_opens_the_card_face_at_its_last_try()
{
    QFETCH(int, fault);
    QFETCH(bool, lastTry);
    QFETCH(int, textTries);
    // 照合番号B is accepted by the text AP, so it cannot be wrong for the 券面AP: the card face is
    // read even at that counter's last try, and both counters are reported with their answers.
    const Run run = read(QStringLiteral("yamada-hanako"), Route::CollationB, "55021720352285", Fault(fault), lastTry);
    const auto& credential = run.outcome.credential;
    QCOMPARE(credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Verified));
    QVERIFY(!run.outcome.record.face.bytes.isEmpty());
    QCOMPARE(checkResult(run.outcome, QStringLiteral("surface-signature")), R::Pass);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("card-liveness")), R::Pass);
    QCOMPARE(credential.counters.size(), 2);
    QCOMPARE(credential.counters[0].key, QStringLiteral("text-collation-b"));
    QCOMPARE(credential.counters[0].triesLeft, std::optional<int>(textTries));
    QCOMPARE(credential.counters[0].status, std::optional<SafeVerify::Status>(SafeVerify::Status::Verified));
    QCOMPARE(credential.counters[1].key, QStringLiteral("surface-collation-b"));
    QCOMPARE(credential.counters[1].triesLeft, std::optional<int>(1));
    QCOMPARE(credential.counters[1].status, std::optional<SafeVerify::Status>(SafeVerify::Status::Verified));
}

void TestMyNumberReader::blocked_pin()
{
    const Run run = read(QStringLiteral("yamada-hanako"), Route::Pin, "1234", Fault::BlockedPin, true);
    QCOMPARE(run.outcome.credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Blocked));
    QCOMPARE(run.outcome.credential.triesLeft, std::optional<int>(0));
}

void TestMyNumberReader::production_trust_never_accepts_the_test_pki()
{
    const TrustStore production = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")));
    m_card = MyNumberSim::build(persona(QStringLiteral("yamada-hanako")), {});
    m_backend.insertCard(QStringLiteral("r"), m_card);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    MyNumberReader::Request request;
    request.route = Route::Pin;
    request.secret = SecureBytes(QByteArrayView("1234"));
    const auto outcome = MyNumberReader(*channel, production).read(request);
    QVERIFY(outcome.ok());
    QCOMPARE(checkResult(*outcome, QStringLiteral("text-certificate")), R::NotChecked);
    QCOMPARE(checkResult(*outcome, QStringLiteral("surface-certificate")), R::NotChecked);
    // The test JPKI root is not a production anchor: not checked, never genuine (SECURITY.md).
    QCOMPARE(checkResult(*outcome, QStringLiteral("jpki-chain")), R::NotChecked);
    QCOMPARE(outcome->verification.verdict(), Verification::Verdict::Unverified);
}

void TestMyNumberReader::pin_on_the_readers_keypad()
{
    m_card = MyNumberSim::build(persona(QStringLiteral("yamada-hanako")), {});
    m_backend.insertCard(QStringLiteral("r"), m_card);
    m_backend.setPinPad(QStringLiteral("r"), "1234");
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    MyNumberReader::Request request;
    request.route = Route::Pin;
    request.usePinPad = true;  // no secret given to the kiosk
    const auto outcome = MyNumberReader(*channel, m_trust).read(request);
    m_backend.setPinPad(QStringLiteral("r"), {});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::Verified));
    QCOMPARE(outcome->record.documentNumber, QStringLiteral("123456789018"));
}

QTEST_MAIN(TestMyNumberReader)
#include "tst_MyNumberReader.moc"
