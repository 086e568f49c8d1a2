#include "core/base/ResourceLocator.h"
#include "core/cards/licence/LicenceSignature.h"
#include "core/cards/licence/MyNumberLicenceReader.h"
#include "core/crypto/Rsa.h"
#include "core/reader/SimBackend.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/SimTestPki.h"
#include "tests/support/CheckResult.h"

#include <QJsonObject>
#include <QTest>

using namespace madoguchi;
using Fault = SimCardOptions::Fault;
using R = Verification::Result;
using Route = MyNumberReader::Request::Route;
using Status = SafeVerify::Status;

class TestMyNumberLicenceReader : public QObject
{
    Q_OBJECT

private:
    struct Ask
    {
        Route route = Route::CollationB;
        std::optional<QByteArray> licencePin;
        bool lastTry = false;
        Fault fault = Fault::None;
        QByteArray wrongB;  // when set, used instead of the card's 照合番号B
    };
    struct Run
    {
        CardReadOutcome outcome;
        int apdus = 0;
    };
    Run read(const QString& personaId, const Ask& ask, const TrustStore* trust = nullptr);
    std::shared_ptr<VirtualCard> insert(const QString& personaId, Fault fault = Fault::None);
    static Persona persona(const QString& id) { return Persona::load(id).value(); }
    static QByteArray licencePin(const QString& id)
    {
        return persona(id).document(QStringLiteral("mynumberLicence")).value(QLatin1String("pin")).toString().toLatin1();
    }

    SimBackend m_backend;
    const TrustStore m_trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));

private Q_SLOTS:
    void reads_both_parts_data();
    void reads_both_parts();
    void no_licence_pin_reads_only_its_state();
    void wrong_licence_pin_is_not_retried();
    void default_pin_is_not_sent_when_the_holder_set_one();
    void last_try_needs_permission();
    void blocked_licence_pin();
    void refused_my_number_credential_stops_before_the_licence();
    void tampered_information_fails_the_signature();
    void no_installed_certificate_is_not_checked();
    void pin_reference_and_signed_data_as_documented();
};

std::shared_ptr<VirtualCard> TestMyNumberLicenceReader::insert(const QString& personaId, Fault fault)
{
    SimCardOptions options;
    options.fault = fault;
    std::shared_ptr<VirtualCard> card = MyNumberSim::build(persona(personaId), options);
    m_backend.insertCard(QStringLiteral("r"), card);
    return card;
}

TestMyNumberLicenceReader::Run TestMyNumberLicenceReader::read(const QString& personaId, const Ask& ask, const TrustStore* trust)
{
    const auto card = insert(personaId, ask.fault);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    MyNumberLicenceReader::Request request;
    request.myNumber.route = ask.route;
    request.myNumber.secret = SecureBytes(ask.wrongB.isEmpty() ? MyNumberSim::collationB(persona(personaId)).toLatin1() : ask.wrongB);
    request.myNumber.allowLastTry = ask.lastTry;
    request.myNumber.now = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    if (ask.licencePin)
        request.licencePin = SecureBytes(*ask.licencePin);
    auto outcome = MyNumberLicenceReader(*channel, trust ? *trust : m_trust).read(request);
    if (!outcome) {
        qWarning() << outcome.error().describe();
        return {};
    }
    return {std::move(outcome).value(), channel->stats().apdus()};
}

void TestMyNumberLicenceReader::reads_both_parts_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<QString>("setting");
    QTest::newRow("licence PIN set") << "suzuki-ichiro" << licencePin(QStringLiteral("suzuki-ichiro")) << "set";
    // No PIN set: the default PIN is sent whatever was typed (§A6).
    QTest::newRow("no licence PIN set") << "takasaki-yoshitaro" << QByteArray("0000") << "default";
}

void TestMyNumberLicenceReader::reads_both_parts()
{
    QFETCH(QString, persona);
    QFETCH(QByteArray, pin);
    QFETCH(QString, setting);
    Ask ask;
    ask.licencePin = pin;
    const Run run = read(persona, ask);
    const Persona p = this->persona(persona);
    const IdentityRecord& r = run.outcome.record;
    QCOMPARE(r.type, DocumentType::MyNumberLicence);
    QCOMPARE(r.name, p.nameKanji());  // from the text AP: the licence AP has no name
    QCOMPARE(r.address, p.address());
    QCOMPARE(r.birthDate, p.birthDate());
    QCOMPARE(r.fields.value(QStringLiteral("licenceExpiryDate")), p.document(QStringLiteral("mynumberLicence")).value(QLatin1String("expiryDate")).toString());
    QCOMPARE(r.fields.value(QStringLiteral("licencePinSetting")), setting);
    QCOMPARE(run.outcome.credential.route, QStringLiteral("collation-b+licence-pin"));
    QCOMPARE(run.outcome.credential.status, std::optional<Status>(Status::Verified));
    QCOMPARE(run.outcome.credential.secondTriesLeft, std::optional<int>(10));  // §A6: 63 CA
    for (const char* check : {"text-signature", "surface-signature", "card-liveness", "pin-setting", "licence-expiry", "licence-signature"})
        QCOMPARE(checkResult(run.outcome, QLatin1String(check)), R::Pass);
    // 照合番号B read (16) + SELECT instance, WEF01, licence PIN query + VERIFY, WEF02 and WEF03
    // (SELECT + READ each); WEF01-03 are read whole, each to the card's end status (+3).
    QCOMPARE(run.apdus, 16 + 8 + 3);
}

void TestMyNumberLicenceReader::no_licence_pin_reads_only_its_state()
{
    const Run run = read(QStringLiteral("suzuki-ichiro"), Ask{});
    QCOMPARE(run.outcome.record.type, DocumentType::MyNumberLicence);
    QCOMPARE(run.outcome.credential.route, QStringLiteral("collation-b"));
    QCOMPARE(run.outcome.credential.secondTriesLeft, std::optional<int>(10));
    QCOMPARE(checkResult(run.outcome, QStringLiteral("pin-setting")), R::Pass);
    QVERIFY(!run.outcome.record.fields.contains(QStringLiteral("licenceExpiryDate")));
    // Nothing of the licence is shown, so no licence check stands open against the My Number part.
    for (const Verification::Check& check : run.outcome.verification.checks())
        QVERIFY2(!check.name.startsWith(QLatin1String("licence-")), qPrintable(check.name));
    QCOMPARE(run.apdus, 16 + 4);  // SELECT instance, WEF01 read whole (two READs), the licence PIN query
}

void TestMyNumberLicenceReader::wrong_licence_pin_is_not_retried()
{
    Ask ask;
    ask.licencePin = QByteArray("1111");
    const Run run = read(QStringLiteral("suzuki-ichiro"), ask);
    QCOMPARE(run.outcome.credential.status, std::optional<Status>(Status::Rejected));
    QCOMPARE(run.outcome.credential.key, QStringLiteral("licence-pin"));
    QCOMPARE(run.outcome.credential.secondTriesLeft, std::optional<int>(9));
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::NotChecked);
    QVERIFY(!run.outcome.record.name.isEmpty());  // the My Number part stays
    QCOMPARE(run.apdus, 16 + 5);                   // one VERIFY with the PIN, no second one
}

void TestMyNumberLicenceReader::default_pin_is_not_sent_when_the_holder_set_one()
{
    // suzuki-ichiro set a licence PIN (WEF01 says so, §A6): "****" cannot be right and is not sent.
    Ask ask;
    ask.licencePin = QByteArray("****");
    const Run run = read(QStringLiteral("suzuki-ichiro"), ask);
    QCOMPARE(run.outcome.credential.status, std::optional<Status>(Status::RuledOut));
    QCOMPARE(run.outcome.credential.key, QStringLiteral("licence-pin"));
    QCOMPARE(run.outcome.credential.secondTriesLeft, std::optional<int>(10));
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::NotChecked);
    QCOMPARE(run.apdus, 16 + 4);  // as without a licence PIN: only the query went to its counter
}

void TestMyNumberLicenceReader::last_try_needs_permission()
{
    Ask ask;
    ask.fault = Fault::PinLastTry;
    ask.licencePin = licencePin(QStringLiteral("suzuki-ichiro"));
    const Run refused = read(QStringLiteral("suzuki-ichiro"), ask);
    QCOMPARE(refused.outcome.credential.status, std::optional<Status>(Status::LastTryRefused));
    QCOMPARE(refused.outcome.credential.key, QStringLiteral("licence-pin"));
    QCOMPARE(refused.outcome.credential.secondTriesLeft, std::optional<int>(1));
    ask.lastTry = true;
    const Run allowed = read(QStringLiteral("suzuki-ichiro"), ask);
    QCOMPARE(allowed.outcome.credential.status, std::optional<Status>(Status::Verified));
    QCOMPARE(checkResult(allowed.outcome, QStringLiteral("licence-signature")), R::Pass);
}

void TestMyNumberLicenceReader::blocked_licence_pin()
{
    Ask ask;
    ask.fault = Fault::BlockedPin;
    ask.licencePin = licencePin(QStringLiteral("suzuki-ichiro"));
    ask.lastTry = true;
    const Run run = read(QStringLiteral("suzuki-ichiro"), ask);
    QCOMPARE(run.outcome.credential.status, std::optional<Status>(Status::Blocked));
    QCOMPARE(run.outcome.credential.key, QStringLiteral("licence-pin"));
}

void TestMyNumberLicenceReader::refused_my_number_credential_stops_before_the_licence()
{
    Ask ask;
    ask.wrongB = QByteArray("64010720319999");
    ask.licencePin = licencePin(QStringLiteral("suzuki-ichiro"));
    const Run run = read(QStringLiteral("suzuki-ichiro"), ask);
    QCOMPARE(run.outcome.credential.status, std::optional<Status>(Status::Rejected));
    QVERIFY(run.outcome.credential.key.isEmpty());
    QVERIFY(!run.outcome.credential.secondTriesLeft);  // the licence AP was never selected
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::NotChecked);
}

void TestMyNumberLicenceReader::tampered_information_fails_the_signature()
{
    Ask ask;
    ask.fault = Fault::TamperedText;
    ask.licencePin = licencePin(QStringLiteral("suzuki-ichiro"));
    const Run run = read(QStringLiteral("suzuki-ichiro"), ask);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::Fail);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("text-signature")), R::Fail);
    QCOMPARE(run.outcome.verification.verdict(), Verification::Verdict::NotGenuine);
}

void TestMyNumberLicenceReader::no_installed_certificate_is_not_checked()
{
    const TrustStore production = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")));
    Ask ask;
    ask.licencePin = licencePin(QStringLiteral("suzuki-ichiro"));
    const Run run = read(QStringLiteral("suzuki-ichiro"), ask, &production);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::NotChecked);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-expiry")), R::Pass);
}

void TestMyNumberLicenceReader::pin_reference_and_signed_data_as_documented()
{
    // The [U] composition lives in LicenceSignature::signedDataOnMyNumber; this pins it to the card.
    insert(QStringLiteral("suzuki-ichiro"));
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    const auto send = [&](const char* hex) { return channel->transmit(CommandApdu::parse(QByteArray::fromHex(hex)).value()).value(); };
    // §A6: only the instance is selectable.
    QCOMPARE(send("00A4040C10 A0000002310400000000000000000000").sw(), StatusWord(0x6A82));
    QCOMPARE(send("00A4040C10 A0000002310500000000000000000000").sw(), StatusWord(0x6A82));
    QVERIFY(send("00A4040C10 A0000002310600000000000000000000").isSuccess());
    QCOMPARE(send("00B09A0003").data(), QByteArray::fromHex("C10101"));  // WEF01 by SFI 1A
    QCOMPARE(send("00200086").sw(), StatusWord(0x63CA));              // 10 tries
    // The spec's sample P2 82 (an erratum) reaches no key; the PIN is at 86.
    QVERIFY(!send("0020008204 38363432").isSuccess());
    QCOMPARE(send("00200086").sw(), StatusWord(0x63CA));  // and it cost nothing
    QVERIFY(send("0020008604 38363432").isSuccess());
    QVERIFY(send("00A4020C02 001B").isSuccess());
    const QByteArray information = send("00B00000000000").data();
    QVERIFY(send("00A4020C02 001C").isSuccess());
    const QByteArray signatureFile = send("00B00000000000").data();
    QVERIFY(information.startsWith(QByteArray::fromHex("C200C300C507")));  // §A6
    const auto signature = LicenceSignature::parse(signatureFile).value();
    const TrustAnchor* anchor = m_trust.bySubjectKeyId(QStringLiteral("licence"), signature.subjectKeyId);
    QVERIFY(anchor);
    QVERIFY(Rsa::verifySha256(anchor->key.get(), information, signature.signature));
    QCOMPARE(LicenceSignature::signedDataOnMyNumber(information), information);
}

QTEST_MAIN(TestMyNumberLicenceReader)
#include "tst_MyNumberLicenceReader.moc"
