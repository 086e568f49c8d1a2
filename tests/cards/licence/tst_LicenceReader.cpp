#include "core/base/ResourceLocator.h"
#include "core/cards/licence/LicenceReader.h"
#include "core/cards/licence/LicenceSignature.h"
#include "core/crypto/Rsa.h"
#include "core/image/Jpeg2000.h"
#include "core/reader/SimBackend.h"
#include "core/sim/LicenceSim.h"
#include "core/sim/SimTestPki.h"
#include "tests/support/CheckResult.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace madoguchi;
using Access = LicenceReader::Request::Access;
using Fault = SimCardOptions::Fault;
using R = Verification::Result;

namespace {

struct Run
{
    CardReadOutcome outcome;
    int apdus = 0;
    qint64 received = 0;
};

} // namespace

class TestLicenceReader : public QObject
{
    Q_OBJECT

private:
    struct Ask
    {
        Access access = Access::Pin1AndPin2;
        QByteArray pin1;
        QByteArray pin2;
        bool domicile = false;
        bool lastTry = false;
        Fault fault = Fault::None;
        bool extended = true;
        QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    };
    Run read(const QString& personaId, const Ask& ask);
    static Persona persona(const QString& id) { return Persona::load(id).value(); }
    static QJsonObject licence(const QString& id) { return persona(id).document(QStringLiteral("licence")); }
    static Ask withPins(const QString& id)
    {
        Ask ask;
        ask.pin1 = licence(id).value(QLatin1String("pin1")).toString().toLatin1();
        ask.pin2 = licence(id).value(QLatin1String("pin2")).toString().toLatin1();
        return ask;
    }
    SimBackend m_backend;
    const TrustStore m_trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    std::shared_ptr<VirtualCard> m_card;

private Q_SLOTS:
    void every_persona_reads_and_verifies_data();
    void every_persona_reads_and_verifies();
    void categories_and_conditions();
    void change_of_address_keeps_both_values();
    void unreadable_change_records_leave_the_address_unconfirmed();
    void gaiji_placeholders_and_bitmaps();
    void default_pin_when_none_was_set();
    void domicile_only_when_asked();
    void pin1_only_cannot_check_the_signature();
    void free_read_reports_both_counters();
    void expired_licence();
    void faults_fail_the_right_check_data();
    void faults_fail_the_right_check();
    void pin2_last_try_refused_before_pin1_is_sent();
    void wrong_pin_decrements_and_is_not_retried();
    void a_pin_the_settings_rule_out_is_never_sent_data();
    void a_pin_the_settings_rule_out_is_never_sent();
    void blocked_pin1();
    void signature_covers_exactly_the_documented_data();
    void no_installed_certificate_is_not_checked();
    void short_apdus_only();
};

Run TestLicenceReader::read(const QString& personaId, const Ask& ask)
{
    SimCardOptions options;
    options.fault = ask.fault;
    options.extendedLength = ask.extended;
    m_card = LicenceSim::build(persona(personaId), options);
    m_backend.insertCard(QStringLiteral("r"), m_card);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    LicenceReader::Request request;
    request.access = ask.access;
    request.pin1 = SecureBytes(ask.pin1);
    request.pin2 = SecureBytes(ask.pin2);
    request.readDomicile = ask.domicile;
    request.allowLastTry = ask.lastTry;
    request.now = ask.now;
    auto outcome = LicenceReader(*channel, m_trust).read(request);
    if (!outcome) {
        qWarning() << outcome.error().describe();
        return {};
    }
    return {std::move(outcome).value(), channel->stats().apdus(), channel->stats().bytesReceived()};
}

void TestLicenceReader::every_persona_reads_and_verifies_data()
{
    QTest::addColumn<QString>("persona");
    for (const char* id : {"yamada-hanako", "suzuki-ichiro", "takasaki-yoshitaro"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestLicenceReader::every_persona_reads_and_verifies()
{
    QFETCH(QString, persona);
    const Persona p = this->persona(persona);
    const QJsonObject doc = licence(persona);
    const Run run = read(persona, withPins(persona));
    const IdentityRecord& r = run.outcome.record;
    QCOMPARE(r.type, DocumentType::Licence);
    QCOMPARE(r.documentNumber, doc.value(QLatin1String("number")).toString());
    QCOMPARE(r.birthDate, p.birthDate());
    QCOMPARE(r.issueDate, QDate::fromString(doc.value(QLatin1String("issueDate")).toString(), Qt::ISODate));
    QCOMPARE(r.expiryDate, QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate));
    QCOMPARE(r.issuer, doc.value(QLatin1String("commission")).toString());
    QCOMPARE(r.fields.value(QStringLiteral("colour")), doc.value(QLatin1String("colour")).toString());
    if (!r.fields.contains(QStringLiteral("nameGaiji"))) {
        QCOMPARE(r.name, p.nameKanji());
        QCOMPARE(r.address, p.address());
    }
    QCOMPARE(r.nameKana, p.nameKana());
    // The photo: a raw JPEG 2000 codestream that decodes (§A4).
    QCOMPARE(r.face.format, QStringLiteral("j2k"));
    QCOMPARE(Jpeg2000::sniff(r.face.bytes), Jpeg2000::Container::Codestream);
    QVERIFY(!Jpeg2000::decode(r.face.bytes).value().isNull());
    QCOMPARE(r.face.width, 120);
    QVERIFY(!r.fields.contains(QStringLiteral("domicile")));
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::Pass);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-expiry")), R::Pass);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("pin-setting")), R::Pass);
    // Signed by a test anchor: never "genuine".
    QCOMPARE(run.outcome.verification.verdict(), Verification::Verdict::Unverified);
    QVERIFY(run.outcome.verification.anchor().contains(QLatin1String("TEST")));
    QCOMPARE(run.outcome.credential.route, QStringLiteral("pin1+pin2"));
    QCOMPARE(*run.outcome.credential.status, SafeVerify::Status::Verified);
    qInfo("%s: %d APDUs, %lld bytes received", qPrintable(persona), run.apdus, run.received);
}

void TestLicenceReader::categories_and_conditions()
{
    const Run run = read(QStringLiteral("suzuki-ichiro"), withPins(QStringLiteral("suzuki-ichiro")));
    const auto& f = run.outcome.record.fields;
    QCOMPARE(f.value(QStringLiteral("category.heavy")), QStringLiteral("2012-09-14"));
    QCOMPARE(f.value(QStringLiteral("category.ordinary-class2")), QStringLiteral("2016-10-19"));
    QCOMPARE(f.value(QStringLiteral("category.towing")), QStringLiteral("2014-07-02"));
    QVERIFY(!f.contains(QStringLiteral("category.moped")));
    // Tag order 22–33 (§A4): 大型 25, 普通 26, 大特 27, 大自二 28, け引 2C, 普二 2E, 中型 31.
    QCOMPARE(f.value(QStringLiteral("categories")), QStringLiteral("大型、普通、大特、大自二、け引、普二、中型"));
    QCOMPARE(f.value(QStringLiteral("condition1")), QStringLiteral("眼鏡等"));
    // Condition 2 is tag 1F's neighbour 1D; condition 4 (1F) is a one-byte tag on this card.
    QCOMPARE(f.value(QStringLiteral("condition2")), QStringLiteral("中型車は中型車（８ｔ）に限る"));
    QVERIFY(!f.contains(QStringLiteral("condition4")));
}

void TestLicenceReader::change_of_address_keeps_both_values()
{
    const Run run = read(QStringLiteral("suzuki-ichiro"), withPins(QStringLiteral("suzuki-ichiro")));
    const IdentityRecord& r = run.outcome.record;
    QCOMPARE(r.address, persona(QStringLiteral("suzuki-ichiro")).address());
    QCOMPARE(r.fields.value(QStringLiteral("addressPrinted")), QStringLiteral("北海道旭川市六条通七丁目３１番地"));
    QCOMPARE(r.fields.value(QStringLiteral("addressChangedOn")), QStringLiteral("2025-04-01"));
    QCOMPARE(r.fields.value(QStringLiteral("change.1.kind")), QStringLiteral("address"));
    QCOMPARE(r.fields.value(QStringLiteral("change.1.commission")), QStringLiteral("北海道公安委員会"));
}

void TestLicenceReader::unreadable_change_records_leave_the_address_unconfirmed()
{
    // The change records in a layout this reader does not know (§A4 [U]): the printed address is
    // kept as printed, not presented as current, and the check says why and what to do.
    Ask ask = withPins(QStringLiteral("suzuki-ichiro"));
    ask.fault = Fault::UnknownChanges;
    const Run run = read(QStringLiteral("suzuki-ichiro"), ask);
    const IdentityRecord& r = run.outcome.record;
    QVERIFY(r.address.isEmpty());
    QCOMPARE(r.fields.value(QStringLiteral("addressPrinted")), QStringLiteral("北海道旭川市六条通七丁目３１番地"));
    QVERIFY(!r.fields.contains(QStringLiteral("addressChangedOn")));
    QVERIFY(!r.fields.value(QStringLiteral("changesUnreadable")).isEmpty());
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-changes")), R::NotChecked);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::Pass);  // the signature does not cover EF04 (§A5)
    QCOMPARE(run.outcome.verification.verdict(), Verification::Verdict::Unverified);
    for (const Verification::Check& check : run.outcome.verification.checks())
        if (check.name == QLatin1String("licence-changes"))
            QVERIFY(check.detail.contains(QLatin1String("back of the card")));
}

void TestLicenceReader::gaiji_placeholders_and_bitmaps()
{
    // 髙﨑　𠮷太郎: 髙, 﨑 and 𠮷 are outside JIS X 0208, so 外字1–3; the address reuses 1 and 2.
    Ask ask;
    ask.pin1 = ask.pin2 = "****";  // ignored: this holder set no PIN
    const Run run = read(QStringLiteral("takasaki-yoshitaro"), ask);
    const IdentityRecord& r = run.outcome.record;
    QCOMPARE(r.name, QStringLiteral("〓〓　〓太郎"));
    QCOMPARE(r.fields.value(QStringLiteral("nameGaiji")), QStringLiteral("1,2,3"));
    QVERIFY(r.address.endsWith(QStringLiteral("〓〓ビル２０１")));
    QCOMPARE(r.fields.value(QStringLiteral("addressGaiji")), QStringLiteral("1,2"));
    for (int n = 1; n <= 3; ++n) {
        const IdentityRecord::Image glyph = r.images.value(QStringLiteral("gaiji%1").arg(n));
        QCOMPARE(glyph.format, QStringLiteral("png"));
        QCOMPARE(glyph.width, 32);
        QImage image;
        QVERIFY(image.loadFromData(glyph.bytes, "PNG"));
        // Some ink and some paper: a drawn character, not an empty or solid square.
        int ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 128;
        QVERIFY2(ink > 40 && ink < 700, qPrintable(QString::number(ink)));
    }
    QVERIFY(!r.images.contains(QStringLiteral("gaiji4")));
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::Pass);
}

void TestLicenceReader::default_pin_when_none_was_set()
{
    Ask ask;  // no PINs typed at all
    const Run run = read(QStringLiteral("takasaki-yoshitaro"), ask);
    QCOMPARE(*run.outcome.credential.status, SafeVerify::Status::Verified);
    QCOMPARE(run.outcome.record.fields.value(QStringLiteral("pinSetting")), QStringLiteral("default"));
    bool told = false;
    for (const auto& check : run.outcome.verification.checks())
        told |= check.name == QLatin1String("pin-setting") && check.detail.contains(QLatin1String("default PIN"));
    QVERIFY(told);
}

void TestLicenceReader::domicile_only_when_asked()
{
    Ask ask = withPins(QStringLiteral("yamada-hanako"));
    ask.domicile = true;
    const Run run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(run.outcome.record.fields.value(QStringLiteral("domicile")), QStringLiteral("東京都千代田区千代田１番"));
    // Without PIN2 there is no 本籍 even when asked.
    ask.access = Access::Pin1;
    QVERIFY(!read(QStringLiteral("yamada-hanako"), ask).outcome.record.fields.contains(QStringLiteral("domicile")));
}

void TestLicenceReader::pin1_only_cannot_check_the_signature()
{
    Ask ask = withPins(QStringLiteral("yamada-hanako"));
    ask.access = Access::Pin1;
    const Run run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(run.outcome.record.name, QStringLiteral("山田　花子"));
    QVERIFY(run.outcome.record.face.bytes.isEmpty());
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::NotChecked);
    QCOMPARE(run.outcome.credential.route, QStringLiteral("pin1"));
}

void TestLicenceReader::free_read_reports_both_counters()
{
    Ask ask;
    ask.access = Access::None;
    const Run run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(run.outcome.credential.triesLeft, std::optional<int>(3));
    QCOMPARE(run.outcome.credential.secondTriesLeft, std::optional<int>(3));
    QVERIFY(!run.outcome.credential.status);
    QVERIFY(run.outcome.record.name.isEmpty());
    QCOMPARE(run.outcome.record.expiryDate, QDate(2029, 3, 17));
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-expiry")), R::Pass);
    // SELECT MF, SELECT + READ common data, READ PIN setting (each read whole: to the card's end
    // status), two retry queries.
    QCOMPARE(run.apdus, 8);
}

void TestLicenceReader::expired_licence()
{
    const Run run = read(QStringLiteral("tran-thi-mai"), withPins(QStringLiteral("tran-thi-mai")));
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-expiry")), R::Fail);
    // Authentic and expired are two answers: expired is not forged.
    QCOMPARE(run.outcome.verification.validity(), Verification::Validity::Expired);
    QVERIFY(run.outcome.verification.verdict() != Verification::Verdict::NotGenuine);
    // Valid through the last day, in Japan: 2025-08-31 23:59 JST is still valid.
    Ask ask = withPins(QStringLiteral("tran-thi-mai"));
    ask.now = QDateTime(QDate(2025, 8, 31), QTime(14, 59), Qt::UTC);
    QCOMPARE(checkResult(read(QStringLiteral("tran-thi-mai"), ask).outcome, QStringLiteral("licence-expiry")), R::Pass);
    ask.now = QDateTime(QDate(2025, 8, 31), QTime(15, 0), Qt::UTC);
    QCOMPARE(checkResult(read(QStringLiteral("tran-thi-mai"), ask).outcome, QStringLiteral("licence-expiry")), R::Fail);
}

void TestLicenceReader::faults_fail_the_right_check_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("tampered-text") << int(Fault::TamperedText);
    QTest::newRow("tampered-photo") << int(Fault::TamperedPhoto);
}

void TestLicenceReader::faults_fail_the_right_check()
{
    QFETCH(int, fault);
    Ask ask = withPins(QStringLiteral("yamada-hanako"));
    ask.fault = Fault(fault);
    const Run run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(checkResult(run.outcome, QStringLiteral("licence-signature")), R::Fail);
    QCOMPARE(run.outcome.verification.verdict(), Verification::Verdict::NotGenuine);
}

void TestLicenceReader::pin2_last_try_refused_before_pin1_is_sent()
{
    Ask ask = withPins(QStringLiteral("yamada-hanako"));
    ask.fault = Fault::PinLastTry;
    Run run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(*run.outcome.credential.status, SafeVerify::Status::LastTryRefused);
    QCOMPARE(run.outcome.credential.key, QStringLiteral("pin2"));
    QCOMPARE(run.outcome.credential.secondTriesLeft, std::optional<int>(1));
    QVERIFY(run.outcome.record.name.isEmpty());
    // PIN1 was not sent either: its counter still answers 3 and nothing was verified.
    QCOMPARE(run.outcome.credential.triesLeft, std::optional<int>(3));
    // PIN1 alone is still possible, and with permission PIN2 too.
    ask.access = Access::Pin1;
    QCOMPARE(*read(QStringLiteral("yamada-hanako"), ask).outcome.credential.status, SafeVerify::Status::Verified);
    ask.access = Access::Pin1AndPin2;
    ask.lastTry = true;
    run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(*run.outcome.credential.status, SafeVerify::Status::Verified);
    QCOMPARE(run.outcome.record.name, QStringLiteral("山田　花子"));
}

void TestLicenceReader::wrong_pin_decrements_and_is_not_retried()
{
    Ask ask = withPins(QStringLiteral("yamada-hanako"));
    ask.pin2 = "9999";
    const Run run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(*run.outcome.credential.status, SafeVerify::Status::Rejected);
    QCOMPARE(run.outcome.credential.key, QStringLiteral("pin2"));
    QCOMPARE(run.outcome.credential.secondTriesLeft, std::optional<int>(2));
    QCOMPARE(run.outcome.credential.triesLeft, std::optional<int>(3));
    QVERIFY(run.outcome.record.name.isEmpty());
    QVERIFY(run.outcome.credentialRefused());
}

void TestLicenceReader::a_pin_the_settings_rule_out_is_never_sent_data()
{
    QTest::addColumn<QByteArray>("pin1");
    QTest::addColumn<QByteArray>("pin2");
    QTest::addColumn<QString>("key");
    // yamada-hanako set PINs (common file EF02 says so): the default PIN cannot be right (§A3).
    QTest::newRow("default PIN as PIN1") << QByteArray("****") << QByteArray() << "pin1";
    QTest::newRow("default PIN as PIN2") << QByteArray() << QByteArray("****") << "pin2";
    QTest::newRow("five digits") << QByteArray("12345") << QByteArray() << "pin1";
    QTest::newRow("letters") << QByteArray() << QByteArray("12a4") << "pin2";
}

void TestLicenceReader::a_pin_the_settings_rule_out_is_never_sent()
{
    QFETCH(QByteArray, pin1);
    QFETCH(QByteArray, pin2);
    QFETCH(QString, key);
    Ask ask = withPins(QStringLiteral("yamada-hanako"));
    if (!pin1.isEmpty())
        ask.pin1 = pin1;
    if (!pin2.isEmpty())
        ask.pin2 = pin2;
    const Run run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(run.outcome.credential.status, std::optional<SafeVerify::Status>(SafeVerify::Status::RuledOut));
    QCOMPARE(run.outcome.credential.key, key);
    QVERIFY(run.outcome.record.name.isEmpty());
    // Nothing but the free read went out (8 APDUs, as free_read_reports_both_counters): no VERIFY
    // with data, so both counters are still full.
    QCOMPARE(run.apdus, 8);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    QCOMPARE(*SafeVerify::triesLeft(*channel, 0x81), std::optional<int>(3));  // §A3: PIN1
    QCOMPARE(*SafeVerify::triesLeft(*channel, 0x82), std::optional<int>(3));  // §A3: PIN2
}

void TestLicenceReader::blocked_pin1()
{
    Ask ask = withPins(QStringLiteral("yamada-hanako"));
    ask.fault = Fault::BlockedPin;
    const Run run = read(QStringLiteral("yamada-hanako"), ask);
    QCOMPARE(*run.outcome.credential.status, SafeVerify::Status::Blocked);
    QCOMPARE(run.outcome.credential.key, QStringLiteral("pin1"));
}

void TestLicenceReader::signature_covers_exactly_the_documented_data()
{
    // The [U] composition lives in LicenceSignature::signedData; this pins it to the card's bytes.
    SimCardOptions options;
    auto card = LicenceSim::build(persona(QStringLiteral("yamada-hanako")), options);
    m_backend.insertCard(QStringLiteral("r"), std::shared_ptr<VirtualCard>(std::move(card)));
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    const auto send = [&](const char* hex) { return channel->transmit(CommandApdu::parse(QByteArray::fromHex(hex)).value()).value(); };
    QVERIFY(send("0020008104 31313131").isSuccess());
    QVERIFY(send("0020008204 32323232").isSuccess());
    QVERIFY(send("00A4040C10 A0000002310100000000000000000000").isSuccess());
    const auto whole = [&](const char* selectHex) {
        send(selectHex);
        QByteArray file;
        for (int offset = 0;; offset += 256) {
            const ResponseApdu r = channel->transmit(CommandApdu(0x00, 0xB0, quint8(offset >> 8), quint8(offset), QByteArray(), 256)).value();
            if (!r.isSuccess())
                break;
            file += r.data();
            if (r.data().size() < 256)
                break;
        }
        return file;
    };
    const QByteArray entries = whole("00A4020C02 0001");
    const QByteArray gaiji = whole("00A4020C02 0003");
    const QByteArray signatureFile = whole("00A4020C02 0007");
    QVERIFY(send("00A4040C10 A0000002310200000000000000000000").isSuccess());
    const QByteArray photo = whole("00A4020C02 0001");
    QCOMPARE(entries.size(), 880);  // §A1 sizes
    QCOMPARE(gaiji.size(), 264);
    QCOMPARE(signatureFile.size(), 578);
    QCOMPARE(photo.size(), 2005);
    QVERIFY(signatureFile.startsWith(QByteArray::fromHex("B1820100")));  // §A5 [C1]
    const auto signature = LicenceSignature::parse(signatureFile).value();
    QCOMPARE(signature.subjectKeyId, SimTestPki::instance().licenceSignerKeyId);
    const TrustAnchor* anchor = m_trust.bySubjectKeyId(QStringLiteral("licence"), signature.subjectKeyId);
    QVERIFY(anchor);
    QVERIFY(Rsa::verifySha256(anchor->key.get(), entries + gaiji + photo, signature.signature));
    QCOMPARE(LicenceSignature::signedData(entries, gaiji, photo), entries + gaiji + photo);
}

void TestLicenceReader::no_installed_certificate_is_not_checked()
{
    const TrustStore production = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")));
    SimCardOptions options;
    m_card = LicenceSim::build(persona(QStringLiteral("yamada-hanako")), options);
    m_backend.insertCard(QStringLiteral("r"), m_card);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    LicenceReader::Request request;
    request.access = Access::Pin1AndPin2;
    request.pin1 = SecureBytes(QByteArray("1111"));
    request.pin2 = SecureBytes(QByteArray("2222"));
    const auto outcome = LicenceReader(*channel, production).read(request).value();
    QCOMPARE(checkResult(outcome, QStringLiteral("licence-signature")), R::NotChecked);
    QCOMPARE(outcome.verification.verdict(), Verification::Verdict::Unverified);
    QVERIFY(!outcome.record.name.isEmpty());
}

void TestLicenceReader::short_apdus_only()
{
    Ask ask = withPins(QStringLiteral("suzuki-ichiro"));
    const Run extended = read(QStringLiteral("suzuki-ichiro"), ask);
    ask.extended = false;
    const Run shortOnly = read(QStringLiteral("suzuki-ichiro"), ask);
    QCOMPARE(shortOnly.outcome.record.address, extended.outcome.record.address);
    QCOMPARE(checkResult(shortOnly.outcome, QStringLiteral("licence-signature")), R::Pass);
    QVERIFY(shortOnly.apdus > extended.apdus);
    qInfo("full read: %d APDUs extended, %d short only", extended.apdus, shortOnly.apdus);
}

QTEST_MAIN(TestLicenceReader)
#include "tst_LicenceReader.moc"
