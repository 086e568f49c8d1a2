#include "core/base/ResourceLocator.h"
#include "core/cards/residence/ResidenceChecks.h"
#include "core/cards/residence/ResidenceReader.h"
#include "core/image/BilevelTiff.h"
#include "core/image/Jpeg2000.h"
#include "core/reader/SimBackend.h"
#include "core/sim/ResidenceSim.h"
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
    qint64 sent = 0;
    qint64 received = 0;
};

} // namespace

class TestResidenceReader : public QObject
{
    Q_OBJECT

private:
    struct Ask
    {
        QByteArray cardNumber;  // empty: the persona's
        Fault fault = Fault::None;
        bool extended = true;
        SimQuirks quirks;
        const TrustStore* trust = nullptr;
        QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    };
    Run read(const QString& personaId, const Ask& ask);
    Run read(const QString& personaId) { return read(personaId, Ask()); }
    static QJsonObject residence(const QString& id) { return Persona::load(id).value().document(QStringLiteral("residence")); }

    SimBackend m_backend;
    const TrustStore m_trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));

private Q_SLOTS:
    void every_persona_reads_and_verifies_data();
    void every_persona_reads_and_verifies();
    void first_generation_contents();
    void second_generation_contents();
    void under_sixteen_without_photo_says_what_was_not_checked();
    void wrong_card_number_is_reported_once();
    void faults_fail_the_signature_data();
    void faults_fail_the_signature();
    void production_trust_only_is_not_checked();
    void expired_card_and_period();
    void reader_without_extended_length_data();
    void reader_without_extended_length();
    void my_number_platform_card_refused();
    void apdus_as_the_spec_gives_them();
};

Run TestResidenceReader::read(const QString& personaId, const Ask& ask)
{
    SimCardOptions options;
    options.fault = ask.fault;
    options.extendedLength = ask.extended;
    options.quirks = ask.quirks;
    m_backend.insertCard(QStringLiteral("r"), ResidenceSim::build(Persona::load(personaId).value(), options));
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    RecordingTransport recording(*channel);
    ResidenceReader::Request request;
    request.cardNumber = SecureBytes(ask.cardNumber.isEmpty() ? residence(personaId).value(QLatin1String("cardNumber")).toString().toLatin1()
                                                              : ask.cardNumber);
    request.now = ask.now;
    auto outcome = ResidenceReader(recording, ask.trust ? *ask.trust : m_trust).read(request);
    Run run;
    if (outcome)
        run.outcome = std::move(outcome).value();
    else
        run.error = outcome.error();
    run.commands = recording.commands();
    run.apdus = channel->stats().apdus();
    run.sent = channel->stats().bytesSent();
    run.received = channel->stats().bytesReceived();
    return run;
}

void TestResidenceReader::every_persona_reads_and_verifies_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("photo");
    QTest::newRow("first generation, residence card") << "tran-thi-mai" << "1" << true;
    QTest::newRow("first generation, special permanent resident under 16") << "kim-sora" << "2" << false;
    QTest::newRow("second generation, residence card") << "silva-lucas" << "05" << true;
    QTest::newRow("second generation, special permanent resident") << "park-jiwoo" << "06" << true;
}

void TestResidenceReader::every_persona_reads_and_verifies()
{
    QFETCH(QString, persona);
    QFETCH(QString, type);
    QFETCH(bool, photo);
    const Run run = read(persona);
    QVERIFY2(run.outcome, run.error ? qPrintable(run.error->describe()) : "");
    const CardReadOutcome& out = *run.outcome;
    QCOMPARE(out.record.type, DocumentType::Residence);
    QCOMPARE(out.record.fields.value("cardType"), type);
    QCOMPARE(out.record.documentNumber, residence(persona).value("cardNumber").toString());
    QCOMPARE(*out.credential.status, SafeVerify::Status::Verified);
    QCOMPARE(checkResult(out, ResidenceChecks::kCardAuthentication), R::Pass);
    const R signed_ = photo ? R::Pass : R::NotChecked;
    QCOMPARE(checkResult(out, ResidenceChecks::kSignature), signed_);
    QCOMPARE(checkResult(out, ResidenceChecks::kCertificate), signed_);
    QCOMPARE(out.record.face.bytes.isEmpty(), !photo);
    if (photo) {
        QCOMPARE(Jpeg2000::sniff(out.record.face.bytes), Jpeg2000::Container::Jp2);
        QVERIFY(!Jpeg2000::decode(out.record.face.bytes).value().isNull());
    }
    // Test anchors only: never "genuine".
    QVERIFY(out.verification.verdict() != Verification::Verdict::Genuine);
    qInfo("%s: %d APDUs, %lld bytes sent, %lld received", qPrintable(persona), run.apdus, run.sent, run.received);
}

void TestResidenceReader::first_generation_contents()
{
    const Run run = read("tran-thi-mai");
    const IdentityRecord& r = run.outcome->record;
    QCOMPARE(r.address, Persona::load("tran-thi-mai")->address());
    QCOMPARE(r.fields.value("textEncoding"), QString("Shift_JIS-2004"));
    QCOMPARE(r.fields.value("municipalityCode"), QString("271276"));
    QCOMPARE(r.fields.value("addressDate"), QString("2025-09-10"));
    QCOMPARE(r.fields.value("comprehensivePermission"), residence("tran-thi-mai").value("comprehensivePermission").toString());
    QCOMPARE(r.fields.value("renewalPending"), QString("no"));
    // The front image is the only place for name, status and dates: a G4 TIFF that decodes.
    const IdentityRecord::Image front = r.images.value("front");
    QCOMPARE(front.format, QString("tiff"));
    QVERIFY(BilevelTiff::decode(front.bytes).value().width() > 100);
    QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kCardExpiry), R::NotChecked);
    QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kPeriodOfStay), R::NotChecked);
}

void TestResidenceReader::second_generation_contents()
{
    const Run run = read("silva-lucas");
    const IdentityRecord& r = run.outcome->record;
    QCOMPARE(r.birthDate, QDate(1992, 11, 8));
    QCOMPARE(r.sex, IdentityRecord::Sex::Male);
    QCOMPARE(r.nationality, QString("BRA"));
    QCOMPARE(r.fields.value("nationalityName"), QString("ブラジル"));
    QCOMPARE(r.expiryDate, QDate(2029, 6, 30));
    QCOMPARE(r.fields.value("periodOfStay"), QString("3 years 0 months"));
    QCOMPARE(r.fields.value("workRestriction"), QString("no work restriction"));
    // 在留資格: the code from the chip, its name only from the installed table (here the test one).
    QCOMPARE(r.fields.value("statusCode"), QString("0000000017"));
    QVERIFY(r.fields.value("statusName").startsWith(QStringLiteral("（テスト）")));
    QCOMPARE(r.fields.value("permissionDate"), QString("2026-06-30"));
    QCOMPARE(r.fields.value("periodOfStayEnd"), QString("2029-06-30"));
    // §B4: name and address are images only.
    QVERIFY(r.name.isEmpty());
    QVERIFY(r.address.isEmpty());
    QVERIFY(!BilevelTiff::decode(r.images.value("name").bytes).value().isNull());
    QVERIFY(!BilevelTiff::decode(r.images.value("address").bytes).value().isNull());
    QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kCardExpiry), R::Pass);
    QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kPeriodOfStay), R::Pass);
}

void TestResidenceReader::under_sixteen_without_photo_says_what_was_not_checked()
{
    const Run run = read("kim-sora");
    const CardReadOutcome& out = *run.outcome;
    QCOMPARE(out.verification.verdict(), Verification::Verdict::Unverified);
    for (const Verification::Check& check : out.verification.checks())
        if (check.name == ResidenceChecks::kSignature)
            QVERIFY(check.detail.contains("no signature"));
    QCOMPARE(checkResult(out, ResidenceChecks::kPeriodOfStay), R::Pass);  // special permanent resident
}

void TestResidenceReader::wrong_card_number_is_reported_once()
{
    for (const char* persona : {"tran-thi-mai", "silva-lucas"}) {
        Ask ask;
        ask.cardNumber = "AA12345678BB";
        const Run run = read(persona, ask);
        QVERIFY(run.outcome);
        QCOMPARE(*run.outcome->credential.status, SafeVerify::Status::Rejected);
        QVERIFY(!run.outcome->credential.triesLeft);  // §B2: no counter
        QVERIFY(run.outcome->record.documentNumber.isEmpty());
        // One mutual authentication, refused with 63 00, and nothing after it.
        QCOMPARE(run.commands.last().left(4), QByteArray::fromHex("00820000"));
        QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kSignature), R::NotChecked);
    }
}

void TestResidenceReader::faults_fail_the_signature_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<int>("fault");
    QTest::newRow("first generation, tampered photo") << "tran-thi-mai" << int(Fault::TamperedPhoto);
    QTest::newRow("first generation, tampered front image") << "tran-thi-mai" << int(Fault::TamperedText);
    QTest::newRow("second generation, tampered photo") << "silva-lucas" << int(Fault::TamperedPhoto);
    QTest::newRow("second generation, tampered expiry") << "park-jiwoo" << int(Fault::TamperedText);
}

void TestResidenceReader::faults_fail_the_signature()
{
    QFETCH(QString, persona);
    QFETCH(int, fault);
    Ask ask;
    ask.fault = Fault(fault);
    const Run run = read(persona, ask);
    QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kSignature), R::Fail);
    QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kCertificate), R::Pass);
    QCOMPARE(run.outcome->verification.verdict(), Verification::Verdict::NotGenuine);
}

void TestResidenceReader::production_trust_only_is_not_checked()
{
    const TrustStore production = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")));
    Ask ask;
    ask.trust = &production;
    for (const char* persona : {"tran-thi-mai", "park-jiwoo"}) {
        const Run run = read(persona, ask);
        QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kCertificate), R::NotChecked);
        QCOMPARE(run.outcome->verification.verdict(), Verification::Verdict::Unverified);
        // No code table is shipped: a second-generation card's code is there, its name is not (never guessed).
        QCOMPARE(run.outcome->record.fields.contains("statusCode"), QLatin1String(persona) == QLatin1String("park-jiwoo"));
        QVERIFY(!run.outcome->record.fields.contains("statusName"));
    }
}

void TestResidenceReader::expired_card_and_period()
{
    Ask ask;
    ask.now = QDateTime(QDate(2029, 6, 30), QTime(15, 30), Qt::UTC);  // 2029-07-01 00:30 in Japan
    const Run run = read("silva-lucas", ask);
    QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kCardExpiry), R::Fail);
    QCOMPARE(checkResult(*run.outcome, ResidenceChecks::kPeriodOfStay), R::Fail);
    ask.now = QDateTime(QDate(2029, 6, 30), QTime(14, 30), Qt::UTC);  // 23:30 on the last day
    QCOMPARE(checkResult(*read("silva-lucas", ask).outcome, ResidenceChecks::kCardExpiry), R::Pass);
}

void TestResidenceReader::reader_without_extended_length_data()
{
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QString>("quirk");
    QTest::addColumn<QString>("said");
    QTest::newRow("no extended length") << false << "" << "at most 255 bytes per answer";
    QTest::newRow("answers capped at 255") << true << "cap=255" << "255 bytes of the file at a time";
    // The free files were read in 160-byte pieces already: the link is known to be short.
    QTest::newRow("6700 above 160 bytes") << true << "refuse-above=160" << "at most 160 bytes per answer";
}

void TestResidenceReader::reader_without_extended_length()
{
    QFETCH(bool, extended);
    QFETCH(QString, quirk);
    QFETCH(QString, said);
    Ask ask;
    ask.extended = extended;
    ask.quirks = SimQuirks::parse(quirk, nullptr).value();
    const Run run = read("silva-lucas", ask);
    QVERIFY(run.error);
    // The reader's limit, not a card fault (madoguchi-read: exit 3), and what the link could not do.
    QVERIFY2(run.error->kind() == ReaderError::Kind::ReaderLimit, qPrintable(run.error->describe()));
    QVERIFY2(run.error->detail().contains("extended-length") && run.error->detail().contains(said), qPrintable(run.error->detail()));
}

void TestResidenceReader::my_number_platform_card_refused()
{
    // A 07/08 card is a My Number card (residence-card-0708.md §1): no EF under its MF is readable,
    // so this reader stops at the card type, having tried nothing but SELECT and READ BINARY
    // (CardDetector sends such a card to the My Number reader instead).
    const Run run = read("hoang-minh");
    QVERIFY(run.error);
    QCOMPARE(run.error->kind(), ReaderError::Kind::CardRefused);
    QVERIFY2(run.commands.size() <= 5, qPrintable(QString::number(run.commands.size())));
    for (const QByteArray& command : run.commands)
        QVERIFY(command.startsWith(QByteArray::fromHex("00A4")) || command.startsWith(QByteArray::fromHex("00B0")));
}

void TestResidenceReader::apdus_as_the_spec_gives_them()
{
    const Run run = read("silva-lucas");
    const QList<QByteArray>& c = run.commands;
    // §B2 steps 2, 4, 6, 7 (same APDUs on the second generation, §B4).
    QVERIFY(c.contains(QByteArray::fromHex("0084000008")));
    const qsizetype auth = c.indexOf(QByteArray::fromHex("0084000008")) + 1;
    QCOMPARE(c[auth].left(5), QByteArray::fromHex("0082000028"));
    QCOMPARE(c[auth].size(), 5 + 40 + 1);
    QCOMPARE(c[auth + 1].left(8), QByteArray::fromHex("0820008613861101"));
    QCOMPARE(c[auth + 1].size(), 8 + 16);
    // The spec's own example: 08 B0 84 00 00 00 04 96 02 00 00 00 00.
    QVERIFY(c.contains(QByteArray::fromHex("08B08400000004960200000000")));
    // DF3 in plain by SFI 2 (P1 82).
    QVERIFY(std::any_of(c.cbegin(), c.cend(), [](const QByteArray& a) { return a.startsWith(QByteArray::fromHex("00B08200")); }));
}

QTEST_MAIN(TestResidenceReader)
#include "tst_ResidenceReader.moc"
