// Every check a read can make has words (CheckCatalogue): the catalogue's own entries are complete,
// and reading every card kind on the virtual cards — with its credential, without, and with the
// faults that take other paths — produces no check and no retry counter the catalogue lacks.

#include "core/base/ResourceLocator.h"
#include "core/cards/CheckCatalogue.h"
#include "core/cards/read/CardRead.h"
#include "core/reader/SimBackend.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardFactory.h"

#include <QSet>
#include <QTest>

using namespace madoguchi;
using Route = MyNumberReader::Request::Route;
using Fault = SimCardOptions::Fault;

class TestCheckCatalogue : public QObject
{
    Q_OBJECT

private:
    // The checks and counters one read of `persona` on a `type` card produced.
    void read(const QString& type, const QString& persona, Fault fault, const std::function<void(CardReadRequest&, const Persona&)>& credential)
    {
        const Persona p = Persona::load(persona).value();
        SimCardOptions options;
        options.fault = fault;
        m_backend.insertCard(QStringLiteral("r"), SimCardFactory::create(*simCardTypeFromName(type), p, options));
        auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
        const auto detection = CardDetector(*channel).detect();
        QVERIFY(detection.ok());
        CardReadRequest request;
        credential(request, p);
        const auto outcome = CardRead::read(*channel, *detection, std::move(request), m_trust);
        QVERIFY2(outcome.ok(), qPrintable(type + QLatin1Char(':') + persona + (outcome.ok() ? QString() : QStringLiteral(": ") + outcome.error().detail())));
        for (const Verification::Check& check : outcome->verification.checks())
            m_checks.insert(check.name);
        for (const auto& counter : outcome->credential.counters)
            m_counters.insert(counter.key);
        m_backend.removeCard(QStringLiteral("r"));
    }

    SimBackend m_backend;
    const TrustStore m_trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    QSet<QString> m_checks;
    QSet<QString> m_counters;

private Q_SLOTS:
    void every_entry_is_complete();
    void every_check_a_read_makes_has_words();
    void residence_part_checks_say_so();
    void results_in_words();
};

void TestCheckCatalogue::every_entry_is_complete()
{
    QSet<QString> seen;
    for (const QString& id : CheckCatalogue::ids()) {
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        const auto entry = CheckCatalogue::find(id).value();
        for (const char* text : {entry.titleJa, entry.titleEn, entry.explanationJa, entry.explanationEn})
            QVERIFY2(text && *text, qPrintable(id));
        QVERIFY(CheckCatalogue::title(id, QStringLiteral("ja")) != id);
        QVERIFY(CheckCatalogue::title(id, QStringLiteral("en")) != id);
    }
    for (const QString& key : CheckCatalogue::counterKeys())
        QVERIFY(CheckCatalogue::counterTitle(key, QStringLiteral("ja")) != key);
}

void TestCheckCatalogue::every_check_a_read_makes_has_words()
{
    const auto none = [](CardReadRequest&, const Persona&) {};
    const auto collationB = [](CardReadRequest& r, const Persona& p) {
        r.myNumber.myNumber.route = Route::CollationB;
        r.myNumber.myNumber.secret = SecureBytes(MyNumberSim::collationB(p).toLatin1());
    };
    const auto pin = [](CardReadRequest& r, const Persona& p) {
        r.myNumber.myNumber.route = Route::Pin;
        r.myNumber.myNumber.secret = SecureBytes(p.document(QStringLiteral("mynumber")).value(QLatin1String("pin")).toString().toLatin1());
    };
    const auto licencePins = [](CardReadRequest& r, const Persona& p) {
        const QJsonObject doc = p.document(QStringLiteral("licence"));
        r.licence.access = LicenceReader::Request::Access::Pin1AndPin2;
        r.licence.pin1 = SecureBytes(doc.value(QLatin1String("pin1")).toString().toLatin1());
        r.licence.pin2 = SecureBytes(doc.value(QLatin1String("pin2")).toString().toLatin1());
    };
    const auto cardNumber = [](CardReadRequest& r, const Persona& p) {
        r.residence.cardNumber = SecureBytes(p.document(QStringLiteral("residence")).value(QLatin1String("cardNumber")).toString().toLatin1());
    };
    const auto specified = [&](CardReadRequest& r, const Persona& p) {
        collationB(r, p);
        cardNumber(r, p);
    };
    const auto mrz = [](CardReadRequest& r, const Persona& p) {
        const QJsonObject doc = p.document(QStringLiteral("passport"));
        r.passport.mrz = MrzKey::fromParts(doc.value(QLatin1String("documentNumber")).toString(), p.birthDate().toString(Qt::ISODate),
                                           doc.value(QLatin1String("expiryDate")).toString())
                             .value();
    };
    const auto can = [](CardReadRequest& r, const Persona& p) {
        r.passport.can = SecureBytes(p.document(QStringLiteral("passport")).value(QLatin1String("can")).toString().toLatin1());
    };
    read("mynumber", "yamada-hanako", Fault::None, collationB);
    read("mynumber", "yamada-hanako", Fault::None, pin);
    read("mynumber", "yamada-hanako", Fault::None, none);
    read("licence", "yamada-hanako", Fault::None, licencePins);
    read("licence", "suzuki-ichiro", Fault::UnknownChanges, licencePins);
    read("licence", "yamada-hanako", Fault::None, none);
    read("residence", "tran-thi-mai", Fault::None, cardNumber);
    read("residence", "silva-lucas", Fault::None, cardNumber);
    read("residence", "park-jiwoo", Fault::None, none);
    read("residence", "hoang-minh", Fault::None, specified);
    read("residence", "hoang-minh", Fault::ResidenceSessionRefused, specified);
    read("passport", "yamada-hanako", Fault::None, mrz);
    read("passport", "silva-lucas", Fault::None, can);
    for (const QString& check : std::as_const(m_checks))
        QVERIFY2(CheckCatalogue::find(check), qPrintable(QStringLiteral("no words for the check ") + check));
    for (const QString& counter : std::as_const(m_counters))
        QVERIFY2(CheckCatalogue::counterKeys().contains(counter), qPrintable(QStringLiteral("no words for the counter ") + counter));
    // The reads above reach every family: none is silently skipped.
    for (const char* id : {"jpki-revocation", "licence-signature", "licence-changes", "period-of-stay", "revocation", "residence-signature",
                           "residence-items", "residence-same-holder", "sod-signature", "pace", "bac", "chip-authentication"})
        QVERIFY2(m_checks.contains(QLatin1String(id)), id);
}

void TestCheckCatalogue::residence_part_checks_say_so()
{
    QCOMPARE(CheckCatalogue::title(QStringLiteral("residence-signature"), QStringLiteral("ja")),
             QStringLiteral("在留AP: 在留カード等の署名（発行者: 出入国在留管理庁）"));
    QCOMPARE(CheckCatalogue::title(QStringLiteral("residence-items"), QStringLiteral("en")), QStringLiteral("Residence items read from the chip"));
    QCOMPARE(CheckCatalogue::title(QStringLiteral("no-such-check"), QStringLiteral("ja")), QStringLiteral("no-such-check"));
    QVERIFY(!CheckCatalogue::find(QStringLiteral("residence-no-such-check")));
}

void TestCheckCatalogue::results_in_words()
{
    QCOMPARE(CheckCatalogue::resultWords(Verification::Result::Pass, QStringLiteral("ja")), QStringLiteral("合格"));
    QCOMPARE(CheckCatalogue::resultWords(Verification::Result::Fail, QStringLiteral("ja")), QStringLiteral("不合格"));
    QCOMPARE(CheckCatalogue::resultWords(Verification::Result::NotChecked, QStringLiteral("ja")), QStringLiteral("確認できず"));
    QCOMPARE(CheckCatalogue::resultWords(Verification::Result::NotChecked, QStringLiteral("en")), QStringLiteral("not checked"));
}

QTEST_MAIN(TestCheckCatalogue)
#include "tst_CheckCatalogue.moc"
