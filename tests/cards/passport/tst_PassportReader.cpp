// The passport reader against the virtual passport (both written from passport.md): every persona,
// BAC and PACE (MRZ and CAN), Chip and Active Authentication, Passive Authentication, and each fault.

#include "core/base/ResourceLocator.h"
#include "core/cards/passport/PassportChecks.h"
#include "core/cards/passport/PassportReader.h"
#include "core/image/Jpeg2000.h"
#include "core/reader/SimBackend.h"
#include "core/sim/PassportSim.h"
#include "tests/support/CheckResult.h"
#include "tests/support/RecordingTransport.h"

#include <QTest>

using namespace madoguchi;
using Fault = SimCardOptions::Fault;
using R = Verification::Result;

namespace {

struct Run
{
    std::optional<CardReadOutcome> outcome;
    std::optional<ReaderError> error;
    QList<QByteArray> commands;
    int apdus = 0;
    qint64 received = 0;
};

} // namespace

class TestPassportReader : public QObject
{
    Q_OBJECT

private:
    struct Ask
    {
        QString number;  // empty: the persona's
        QString can;     // PACE with the CAN instead of the MRZ
        Fault fault = Fault::None;
        bool extended = true;
        const TrustStore* trust = nullptr;
        QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    };
    Run read(const QString& personaId, const Ask& ask);
    Run read(const QString& personaId) { return read(personaId, Ask()); }

    SimBackend m_backend;
    const TrustStore m_trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));

private Q_SLOTS:
    void every_persona_reads_and_verifies_data();
    void every_persona_reads_and_verifies();
    void record_contents();
    void pace_with_the_can();
    void wrong_mrz_is_reported_once();
    void faults_fail_the_right_check_data();
    void faults_fail_the_right_check();
    void pace_only_chip_without_a_usable_pace();
    void chip_without_extended_length_reads_in_chunks();
    void production_trust_only_leaves_the_signer_unchecked();
    void no_customer_data_in_the_commands();
};

Run TestPassportReader::read(const QString& personaId, const Ask& ask)
{
    SimCardOptions options;
    options.fault = ask.fault;
    options.extendedLength = ask.extended;
    const Persona persona = Persona::load(personaId).value();
    m_backend.insertCard(QStringLiteral("r"), PassportSim::build(persona, options));
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    RecordingTransport recording(*channel);
    const QJsonObject doc = persona.document(QStringLiteral("passport"));
    PassportReader::Request request;
    if (ask.can.isEmpty())
        request.mrz = MrzKey::fromParts(ask.number.isEmpty() ? doc.value(QLatin1String("documentNumber")).toString() : ask.number,
                                        persona.birthDate().toString(Qt::ISODate), doc.value(QLatin1String("expiryDate")).toString())
                          .value();
    else
        request.can = SecureBytes(ask.can.toLatin1());
    request.now = ask.now;
    auto outcome = PassportReader(recording, ask.trust ? *ask.trust : m_trust).read(request);
    Run run;
    if (outcome)
        run.outcome = std::move(outcome).value();
    else
        run.error = outcome.error();
    run.commands = recording.commands();
    run.apdus = channel->stats().apdus();
    run.received = channel->stats().bytesReceived();
    return run;
}

void TestPassportReader::every_persona_reads_and_verifies_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("authentication");
    QTest::newRow("Japanese passport, BAC, RSA AA") << "yamada-hanako" << "bac" << "active-authentication";
    QTest::newRow("short number, PACE, CA and ECDSA AA") << "silva-lucas" << "pace" << "chip-authentication";
    QTest::newRow("2017 document, SHA-1, no AA") << "suzuki-ichiro" << "bac" << "";
}

void TestPassportReader::every_persona_reads_and_verifies()
{
    QFETCH(QString, persona);
    QFETCH(QString, access);
    QFETCH(QString, authentication);
    const Run run = read(persona);
    QVERIFY2(run.outcome, run.error ? qPrintable(run.error->describe()) : "");
    const CardReadOutcome& out = *run.outcome;
    for (const auto& check : out.verification.checks())
        qInfo() << check.name << Verification::resultName(check.result) << check.detail;
    QCOMPARE(out.credential.status, std::optional(SafeVerify::Status::Verified));
    QCOMPARE(checkResult(out, access), R::Pass);
    for (const QString& check : {PassportChecks::kSodSignature, PassportChecks::kDsCertificate, PassportChecks::kDataGroupHashes,
                                 PassportChecks::kMrzMatch, PassportChecks::kDocumentExpiry})
        QCOMPARE(checkResult(out, check), R::Pass);
    if (authentication.isEmpty()) {
        // Neither AA nor CA: a copied chip cannot be told apart, so never "genuine".
        QCOMPARE(checkResult(out, PassportChecks::kActiveAuthentication), R::NotChecked);
    } else {
        QCOMPARE(checkResult(out, authentication), R::Pass);
    }
    if (persona == QLatin1String("silva-lucas"))
        QCOMPARE(checkResult(out, PassportChecks::kActiveAuthentication), R::Pass);
    // Test anchors: never "genuine".
    QVERIFY(out.verification.verdict() != Verification::Verdict::Genuine);
    QVERIFY(out.verification.verdict() != Verification::Verdict::NotGenuine);
    QVERIFY(out.verification.anchor().contains("TEST"));
}

void TestPassportReader::record_contents()
{
    const Run run = read("yamada-hanako");
    QVERIFY(run.outcome);
    const IdentityRecord& record = run.outcome->record;
    QCOMPARE(record.type, DocumentType::Passport);
    QCOMPARE(record.documentNumber, QString("TZ1234567"));
    QCOMPARE(record.nameLatin, QString("YAMADA HANAKO"));
    QCOMPARE(record.birthDate, QDate(1980, 2, 17));
    QCOMPARE(record.expiryDate, QDate(2032, 6, 1));
    QCOMPARE(record.issueDate, QDate(2022, 6, 1));
    QCOMPARE(record.sex, IdentityRecord::Sex::Female);
    QCOMPARE(record.nationality, QString("JPN"));
    QCOMPARE(record.fields.value("placeOfBirth"), QString("TOKYO"));
    QVERIFY(record.address.isEmpty());
    QVERIFY(record.fields.value("addressNote").contains("no address"));
    QVERIFY2(!record.fields.contains("faceUnreadable"), qPrintable(record.fields.value("faceUnreadable")));
    QCOMPARE(record.face.format, QString("jp2"));
    QVERIFY(record.face.bytes.size() > 15000 && record.face.bytes.size() <= 20000);
    QVERIFY(Jpeg2000::decode(record.face.bytes).ok());
    QCOMPARE(record.fields.value("accessProtocol"), QString("BAC"));

    const Run brazil = read("silva-lucas");
    QVERIFY(brazil.outcome);
    QCOMPARE(brazil.outcome->record.documentNumber, QString("FX12345"));
    QCOMPARE(brazil.outcome->record.address, QString("RUA DAS FLORES 100 SAO PAULO SP"));
    QVERIFY(brazil.outcome->record.fields.value("accessProtocol").startsWith("PACE ECDH-GM AES-128 (brainpoolP256r1)"));
}

void TestPassportReader::pace_with_the_can()
{
    Ask ask;
    ask.can = "123456";
    const Run run = read("silva-lucas", ask);
    QVERIFY2(run.outcome, run.error ? qPrintable(run.error->describe()) : "");
    QCOMPARE(checkResult(*run.outcome, PassportChecks::kPace), R::Pass);
    QCOMPARE(checkResult(*run.outcome, PassportChecks::kMrzMatch), R::NotChecked);
    QCOMPARE(run.outcome->credential.route, QString("can"));
    // MSE:Set AT with key reference 02 (CAN).
    QVERIFY(std::any_of(run.commands.cbegin(), run.commands.cend(), [](const QByteArray& c) { return c.startsWith(QByteArray::fromHex("0022C1A4")) && c.contains(QByteArray::fromHex("830102")); }));

    ask.can = "654321";
    const Run wrong = read("silva-lucas", ask);
    QVERIFY(wrong.outcome);
    QCOMPARE(wrong.outcome->credential.status, std::optional(SafeVerify::Status::Rejected));

    // A BAC-only passport cannot be opened with a CAN: a clear error.
    ask.can = "123456";
    const Run bacOnly = read("yamada-hanako", ask);
    QVERIFY(bacOnly.error);
    QCOMPARE(bacOnly.error->kind(), ReaderError::Kind::Unsupported);
    QVERIFY(bacOnly.error->detail().contains("MRZ"));
}

void TestPassportReader::wrong_mrz_is_reported_once()
{
    for (const QString persona : {"yamada-hanako", "silva-lucas"}) {
        Ask ask;
        ask.number = "TZ7654321";
        const Run run = read(persona, ask);
        QVERIFY2(run.outcome, run.error ? qPrintable(run.error->describe()) : "");
        QCOMPARE(run.outcome->credential.status, std::optional(SafeVerify::Status::Rejected));
        QVERIFY(run.outcome->record.documentNumber.isEmpty());
        // One try: one EXTERNAL AUTHENTICATE (BAC) or one final GENERAL AUTHENTICATE (PACE).
        const auto tries = std::count_if(run.commands.cbegin(), run.commands.cend(), [](const QByteArray& c) {
            return c.startsWith(QByteArray::fromHex("00820000")) || c.startsWith(QByteArray::fromHex("00860000"));
        });
        QCOMPARE(tries, 1);
    }
}

void TestPassportReader::faults_fail_the_right_check_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("check");
    QTest::newRow("modified DG1") << "yamada-hanako" << Fault::TamperedText << "dg-hashes";
    QTest::newRow("modified DG2") << "silva-lucas" << Fault::TamperedPhoto << "dg-hashes";
    QTest::newRow("signer under no CSCA") << "yamada-hanako" << Fault::UntrustedSigner << "ds-certificate";
    QTest::newRow("cloned chip, RSA AA") << "yamada-hanako" << Fault::Cloned << "active-authentication";
    QTest::newRow("cloned chip, CA") << "silva-lucas" << Fault::Cloned << "chip-authentication";
    QTest::newRow("PACE-only chip, readable with PACE") << "silva-lucas" << Fault::PaceOnly << "";
}

void TestPassportReader::faults_fail_the_right_check()
{
    QFETCH(QString, persona);
    QFETCH(Fault, fault);
    QFETCH(QString, check);
    Ask ask;
    ask.fault = fault;
    const Run run = read(persona, ask);
    QVERIFY2(run.outcome, run.error ? qPrintable(run.error->describe()) : "");
    for (const auto& c : run.outcome->verification.checks())
        qInfo() << c.name << Verification::resultName(c.result) << c.detail;
    if (check.isEmpty()) {
        QVERIFY(run.outcome->verification.verdict() != Verification::Verdict::NotGenuine);
        return;
    }
    QCOMPARE(checkResult(*run.outcome, check), R::Fail);
    QCOMPARE(run.outcome->verification.verdict(), Verification::Verdict::NotGenuine);
    QCOMPARE(checkResult(*run.outcome, PassportChecks::kSodSignature), R::Pass);
}

void TestPassportReader::pace_only_chip_without_a_usable_pace()
{
    Ask ask;
    ask.fault = Fault::PaceOnly;
    const Run run = read("yamada-hanako", ask);
    QVERIFY(run.error);
    QCOMPARE(run.error->kind(), ReaderError::Kind::Unsupported);
    QVERIFY2(run.error->detail().contains("PACE only"), qPrintable(run.error->detail()));
    QVERIFY(run.error->detail().contains("ECDH-IM"));
}

void TestPassportReader::chip_without_extended_length_reads_in_chunks()
{
    Ask ask;
    ask.extended = false;
    const Run shortRun = read("yamada-hanako", ask);
    QVERIFY2(shortRun.outcome, shortRun.error ? qPrintable(shortRun.error->describe()) : "");
    QCOMPARE(checkResult(*shortRun.outcome, PassportChecks::kDataGroupHashes), R::Pass);
    const Run longRun = read("yamada-hanako");
    QVERIFY(longRun.outcome);
    // 3DES: 231-byte chunks; the ~20 KB DG2 alone takes some 90 reads without extended length.
    QVERIFY2(shortRun.apdus > longRun.apdus + 80, qPrintable(QStringLiteral("%1 vs %2").arg(shortRun.apdus).arg(longRun.apdus)));
    qInfo() << "APDUs with extended length" << longRun.apdus << "without" << shortRun.apdus;
}

void TestPassportReader::production_trust_only_leaves_the_signer_unchecked()
{
    const TrustStore production = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")));
    Ask ask;
    ask.trust = &production;
    const Run run = read("yamada-hanako", ask);
    QVERIFY(run.outcome);
    // The test CSCA is not installed: the signer could not be checked (SECURITY.md), never genuine.
    QCOMPARE(checkResult(*run.outcome, PassportChecks::kDsCertificate), R::NotChecked);
    QCOMPARE(run.outcome->verification.verdict(), Verification::Verdict::Unverified);
}

void TestPassportReader::no_customer_data_in_the_commands()
{
    // Everything after access goes under secure messaging: neither the document number nor the
    // MRZ_information appears in any command.
    const Run run = read("yamada-hanako");
    for (const QByteArray& command : run.commands) {
        QVERIFY(!command.contains("TZ1234567"));
        QVERIFY(!command.contains("800217"));
    }
}

QTEST_MAIN(TestPassportReader)
#include "tst_PassportReader.moc"
