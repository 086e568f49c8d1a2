// The one read path: reader choice, probe (document, route, counters) and read, on virtual cards.

#include "core/base/ResourceLocator.h"
#include "core/cards/read/CardRead.h"
#include "core/reader/SimBackend.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardFactory.h"
#include "tests/support/ScriptedResponder.h"

#include <QTest>

using namespace madoguchi;
using Route = MyNumberReader::Request::Route;

class TestCardRead : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CardChannel> place(const QString& type, const QString& persona, SimCardOptions::Fault fault = SimCardOptions::Fault::None)
    {
        SimCardOptions options;
        options.fault = fault;
        m_backend.insertCard(QStringLiteral("r"), SimCardFactory::create(*simCardTypeFromName(type), Persona::load(persona).value(), options));
        return std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    }

    SimBackend m_backend;
    const TrustStore m_trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));

private Q_SLOTS:
    void reader_with_a_card();
    void probe_names_document_route_and_counters_data();
    void probe_names_document_route_and_counters();
    void probe_reads_the_licence_pin_of_a_mynumber_licence();
    void probe_of_an_unknown_card_says_why();
    void probe_uses_no_try();
    void read_uses_the_part_of_the_request_that_fits();
    void read_applies_the_common_rules();
    void read_of_an_unknown_card_is_unsupported();
};

void TestCardRead::reader_with_a_card()
{
    SimBackend backend;
    QCOMPARE(CardRead::readerWithCard(backend).error().kind(), ReaderError::Kind::NoReader);
    backend.addReader(QStringLiteral("Desk reader 0"));
    QCOMPARE(CardRead::readerWithCard(backend).error().kind(), ReaderError::Kind::NoCard);
    backend.insertCard(QStringLiteral("Contactless 1"), SimCardFactory::create(SimCardType::Passport, Persona::load("yamada-hanako").value()));
    QCOMPARE(CardRead::readerWithCard(backend)->name, QStringLiteral("Contactless 1"));
    QCOMPARE(CardRead::readerWithCard(backend, "desk").error().kind(), ReaderError::Kind::NoCard);
    QCOMPARE(CardRead::readerWithCard(backend, "other").error().kind(), ReaderError::Kind::NoReader);
}

void TestCardRead::probe_names_document_route_and_counters_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("persona");
    QTest::addColumn<bool>("individualNumber");
    QTest::addColumn<int>("document");
    QTest::addColumn<int>("route");
    QTest::addColumn<int>("tries");
    QTest::addColumn<int>("secondTries");
    // mynumber.md §3.1: 照合番号B and the PIN have their own counters (10 and 3).
    QTest::newRow("mynumber, 照合番号B") << "mynumber" << "yamada-hanako" << false << int(DocumentType::MyNumber) << int(Route::CollationB) << 10 << -1;
    QTest::newRow("mynumber, PIN") << "mynumber" << "yamada-hanako" << true << int(DocumentType::MyNumber) << int(Route::Pin) << 3 << -1;
    // drivers-licence.md §A3: PIN1 and PIN2, 3 tries each.
    QTest::newRow("licence") << "licence" << "yamada-hanako" << false << int(DocumentType::Licence) << int(Route::None) << 3 << 3;
    // No retry counters (residence-card.md §B2, passport.md §1).
    QTest::newRow("residence") << "residence" << "tran-thi-mai" << false << int(DocumentType::Residence) << int(Route::None) << -1 << -1;
    QTest::newRow("passport") << "passport" << "yamada-hanako" << false << int(DocumentType::Passport) << int(Route::None) << -1 << -1;
}

void TestCardRead::probe_names_document_route_and_counters()
{
    QFETCH(QString, type);
    QFETCH(QString, persona);
    QFETCH(bool, individualNumber);
    QFETCH(int, document);
    QFETCH(int, route);
    QFETCH(int, tries);
    QFETCH(int, secondTries);
    auto channel = place(type, persona);
    const auto probe = CardRead::probe(*channel, individualNumber);
    QVERIFY2(probe.ok(), probe.ok() ? "" : qPrintable(probe.error().describe()));
    QCOMPARE(probe->reader, QStringLiteral("r"));
    QCOMPARE(int(probe->document()), document);
    QCOMPARE(int(probe->myNumberRoute), route);
    QCOMPARE(probe->triesLeft.value_or(-1), tries);
    QCOMPARE(probe->secondTriesLeft.value_or(-1), secondTries);
    QVERIFY(probe->unreadable.isEmpty());
}

void TestCardRead::probe_reads_the_licence_pin_of_a_mynumber_licence()
{
    // suzuki-ichiro's マイナ免許証 has a licence PIN set, takasaki-yoshitaro's none (drivers-licence.md §A6).
    auto channel = place("mynumber", "suzuki-ichiro");
    auto probe = CardRead::probe(*channel, false);
    QVERIFY(probe.ok());
    QCOMPARE(probe->document(), DocumentType::MyNumberLicence);
    QCOMPARE(probe->triesLeft, std::optional<int>(10));
    QCOMPARE(probe->secondTriesLeft, std::optional<int>(10));  // §A6: 10 tries
    QCOMPARE(probe->pinSet, std::optional<bool>(true));
    channel = place("mynumber", "takasaki-yoshitaro");
    probe = CardRead::probe(*channel, false);
    QVERIFY(probe.ok());
    QCOMPARE(probe->document(), DocumentType::MyNumberLicence);
    QCOMPARE(probe->pinSet, std::optional<bool>(false));
    // A My Number card without a licence carries no licence state.
    channel = place("mynumber", "yamada-hanako");
    probe = CardRead::probe(*channel, false);
    QCOMPARE(probe->document(), DocumentType::MyNumber);
    QVERIFY(!probe->pinSet.has_value());
}

void TestCardRead::probe_of_an_unknown_card_says_why()
{
    auto card = std::make_shared<ScriptedResponder>();
    for (int i = 0; i < 5; ++i)
        card->expect("", "6A82");
    m_backend.insertCard(QStringLiteral("r"), card);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    const auto probe = CardRead::probe(*channel, false);
    QVERIFY(probe.ok());
    QCOMPARE(probe->document(), DocumentType::Unknown);
    QVERIFY(!probe->unreadable.isEmpty());
    QVERIFY(card->allConsumed());  // nothing past the five SELECTs
}

void TestCardRead::probe_uses_no_try()
{
    // A card at its last try: probing it twice leaves the counter where it was.
    auto channel = place("mynumber", "yamada-hanako", SimCardOptions::Fault::PinLastTry);
    QCOMPARE(CardRead::probe(*channel, true)->triesLeft, std::optional<int>(1));
    QCOMPARE(CardRead::probe(*channel, true)->triesLeft, std::optional<int>(1));
}

void TestCardRead::read_uses_the_part_of_the_request_that_fits()
{
    const Persona hanako = Persona::load("yamada-hanako").value();
    const auto request = [&] {
        CardReadRequest r;
        r.myNumber.myNumber.route = Route::CollationB;
        r.myNumber.myNumber.secret = SecureBytes(MyNumberSim::collationB(hanako).toLatin1());
        r.residence.cardNumber = SecureBytes(QByteArray("AB12345678CD"));
        return r;
    };
    auto channel = place("mynumber", "yamada-hanako");
    auto detection = CardDetector(*channel).detect().value();
    auto outcome = CardRead::read(*channel, detection, request(), m_trust);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->record.type, DocumentType::MyNumber);
    QCOMPARE(outcome->record.name, hanako.nameKanji());
    QCOMPARE(outcome->credential.route, QStringLiteral("collation-b"));

    channel = place("residence", "tran-thi-mai");
    detection = CardDetector(*channel).detect().value();
    outcome = CardRead::read(*channel, detection, request(), m_trust);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->record.type, DocumentType::Residence);
    QCOMPARE(outcome->credential.route, QStringLiteral("card-number"));
    QCOMPARE(outcome->credential.status, std::optional(SafeVerify::Status::Verified));
}

void TestCardRead::read_applies_the_common_rules()
{
    // The request's allowLastTry reaches the reader of the card on the reader; its clock too.
    const Persona hanako = Persona::load("yamada-hanako").value();
    for (const bool allow : {false, true}) {
        auto channel = place("mynumber", "yamada-hanako", SimCardOptions::Fault::PinLastTry);
        CardReadRequest request;
        request.myNumber.myNumber.route = Route::Pin;
        request.myNumber.myNumber.secret = SecureBytes(hanako.document(QStringLiteral("mynumber")).value(QLatin1String("pin")).toString().toLatin1());
        request.allowLastTry = allow;
        QStringList stages;
        request.progress = [&stages](const QString& stage) { stages.append(stage); };
        const auto outcome = CardRead::read(*channel, CardDetector(*channel).detect().value(), std::move(request), m_trust);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->credential.status,
                 std::optional(allow ? SafeVerify::Status::Verified : SafeVerify::Status::LastTryRefused));
        QVERIFY(!stages.isEmpty());
    }
}

void TestCardRead::read_of_an_unknown_card_is_unsupported()
{
    auto card = std::make_shared<ScriptedResponder>();
    m_backend.insertCard(QStringLiteral("r"), card);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    const auto outcome = CardRead::read(*channel, CardDetector::Detection{}, CardReadRequest{}, m_trust);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind(), ReaderError::Kind::Unsupported);
    QCOMPARE(outcome.error().detail(), CardRead::unreadable({}));
    QVERIFY(card->allConsumed());  // nothing was sent
}

QTEST_MAIN(TestCardRead)
#include "tst_CardRead.moc"
