// Every log line of full sessions, at every level of every madoguchi category (madoguchi.secret
// included), must be free of the customer's data: names, kana, address, birth dates, numbers, PINs,
// collation numbers, licence numbers and 本籍.

#include "core/base/ResourceLocator.h"
#include "core/cards/licence/LicenceReader.h"
#include "core/cards/mynumber/MyNumberReader.h"
#include "core/cards/passport/PassportReader.h"
#include "core/cards/read/CardDetector.h"
#include "core/cards/read/CardRead.h"
#include "core/cards/residence/ResidenceReader.h"
#include "core/reader/SimBackend.h"
#include "core/sim/LicenceSim.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/PassportSim.h"
#include "core/sim/ResidenceSim.h"
#include "core/sim/SimCardFactory.h"
#include "tests/support/ProgramPaths.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QTest>

using namespace madoguchi;
using Route = MyNumberReader::Request::Route;

namespace {

QMutex g_mutex;
QStringList g_lines;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_mutex);
    g_lines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

} // namespace

class TestNoCustomerDataInLogs : public QObject
{
    Q_OBJECT

private:
    static void verifyClean(const QStringList& secrets);

private Q_SLOTS:
    void initTestCase();
    void every_route_every_fault();
    void every_licence_every_fault();
    void every_residence_card_every_fault();
    void every_passport_every_fault();
    void every_card_type_hostile();
};

void TestNoCustomerDataInLogs::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*.debug=true\nmadoguchi.*.info=true"));
    qInstallMessageHandler(capture);
}

void TestNoCustomerDataInLogs::every_route_every_fault()
{
    const TrustStore trust = TrustStore::load(ResourceLocator::path("trust"), ResourceLocator::path("trust-test"));
    QStringList secrets;
    int sessions = 0;
    // 07/08 residence cards are My Number cards (hoang-minh, kang-seoyeon): their card numbers too.
    for (const char* id : {"yamada-hanako", "tran-thi-mai", "suzuki-ichiro", "takasaki-yoshitaro", "sato-mirai", "hoang-minh", "kang-seoyeon"}) {
        const Persona persona = Persona::load(id).value();
        const QJsonObject doc = persona.document("mynumber");
        secrets << persona.document("residence").value("cardNumber").toString();
        const QString b = MyNumberSim::collationB(persona);
        secrets << persona.nameKanji() << persona.nameKana() << persona.nameLatin() << persona.address()
                << persona.birthDate().toString("yyyyMMdd") << persona.birthDate().toString(Qt::ISODate)
                << doc.value("myNumber").toString() << doc.value("pin").toString() << b;
        for (const QString& part : persona.nameKanji().split(QChar(0x3000)))
            secrets << part;
        for (const char* fault : {"none", "tampered-text", "tampered-photo", "cloned", "pin-last-try"}) {
            for (const auto& [route, secret] : {std::pair{Route::Pin, doc.value("pin").toString()}, std::pair{Route::CollationB, b},
                                                std::pair{Route::CollationA, doc.value("myNumber").toString()},
                                                std::pair{Route::CollationB, QString(b).replace(13, 1, QLatin1Char('0'))}}) {
                SimCardOptions options;
                options.fault = *SimCardOptions::faultFromName(QLatin1String(fault));
                SimBackend backend;
                backend.insertCard("r", MyNumberSim::build(persona, options));
                auto channel = std::move(backend.connectCard("r")).value();
                const auto detection = CardDetector(*channel).detect();
                QVERIFY(detection.ok());
                CardReadRequest request;
                request.myNumber.myNumber.route = route;
                request.myNumber.myNumber.secret = SecureBytes(secret.toLatin1());
                request.allowLastTry = true;
                QVERIFY(CardRead::read(*channel, *detection, std::move(request), trust).ok());
                ++sessions;
            }
        }
    }
    // Phones and a card of an unknown kind on the reader: what is logged of them names no one.
    for (SimCardType device : {SimCardType::Iphone, SimCardType::Android, SimCardType::Mdoc, SimCardType::NextGeneration}) {
        SimBackend backend;
        backend.insertCard("r", SimCardFactory::create(device, Persona::load("yamada-hanako").value()));
        auto channel = std::move(backend.connectCard("r")).value();
        const auto detection = CardDetector(*channel).detect();
        QVERIFY(detection.ok());
        QVERIFY(!CardRead::read(*channel, *detection, CardReadRequest{}, trust).ok());
        ++sessions;
    }
    QCOMPARE(sessions, 7 * 5 * 4 + 4);
    verifyClean(secrets);
}

void TestNoCustomerDataInLogs::every_licence_every_fault()
{
    g_lines.clear();
    const TrustStore trust = TrustStore::load(ResourceLocator::path("trust"), ResourceLocator::path("trust-test"));
    QStringList secrets;
    int sessions = 0;
    for (const char* id : {"yamada-hanako", "tran-thi-mai", "suzuki-ichiro", "takasaki-yoshitaro"}) {
        const Persona persona = Persona::load(id).value();
        const QJsonObject doc = persona.document("licence");
        secrets << persona.nameKanji() << persona.nameKana() << persona.address() << persona.birthDate().toString(Qt::ISODate)
                << doc.value("number").toString() << doc.value("domicile").toString() << doc.value("printedAddress").toString()
                << doc.value("pin1").toString() << doc.value("pin2").toString();
        for (const char* fault : {"none", "tampered-text", "tampered-photo", "blocked-pin", "pin-last-try"}) {
            for (const auto& pin2 : {doc.value("pin2").toString(), QStringLiteral("0000")}) {
                SimCardOptions options;
                options.fault = *SimCardOptions::faultFromName(QLatin1String(fault));
                SimBackend backend;
                backend.insertCard("r", LicenceSim::build(persona, options));
                auto channel = std::move(backend.connectCard("r")).value();
                QVERIFY(CardDetector(*channel).detect().ok());
                LicenceReader::Request request;
                request.access = LicenceReader::Request::Access::Pin1AndPin2;
                request.pin1 = SecureBytes(doc.value("pin1").toString().toLatin1());
                request.pin2 = SecureBytes(pin2.toLatin1());
                request.readDomicile = true;
                request.allowLastTry = true;
                QVERIFY(LicenceReader(*channel, trust).read(request).ok());
                ++sessions;
            }
        }
    }
    QCOMPARE(sessions, 4 * 5 * 2);
    verifyClean(secrets);
}

void TestNoCustomerDataInLogs::every_residence_card_every_fault()
{
    g_lines.clear();
    const TrustStore trust = TrustStore::load(ResourceLocator::path("trust"), ResourceLocator::path("trust-test"));
    QStringList secrets;
    int sessions = 0;
    for (const char* id : {"tran-thi-mai", "kim-sora", "silva-lucas", "park-jiwoo", "hoang-minh"}) {
        const Persona persona = Persona::load(id).value();
        const QString number = persona.document("residence").value("cardNumber").toString();
        secrets << persona.nameKanji() << persona.nameKana() << persona.nameLatin() << persona.address()
                << persona.birthDate().toString(Qt::ISODate) << persona.birthDate().toString("yyyyMMdd") << number;
        for (const char* fault : {"none", "tampered-text", "tampered-photo"}) {
            for (const bool extended : {true, false}) {
                // The right card number, and one that differs in its last letter.
                for (const QString& typed : {number, number.left(11) + (number.endsWith('Z') ? "Y" : "Z")}) {
                    SimCardOptions options;
                    options.fault = *SimCardOptions::faultFromName(QLatin1String(fault));
                    options.extendedLength = extended;
                    SimBackend backend;
                    backend.insertCard("r", ResidenceSim::build(persona, options));
                    auto channel = std::move(backend.connectCard("r")).value();
                    QVERIFY(CardDetector(*channel).detect().ok());
                    ResidenceReader::Request request;
                    request.cardNumber = SecureBytes(typed.toLatin1());
                    // Errors (no extended length, type 07) are outcomes too: their messages must be clean.
                    (void)ResidenceReader(*channel, trust).read(request);
                    ++sessions;
                }
            }
        }
    }
    QCOMPARE(sessions, 5 * 3 * 2 * 2);
    verifyClean(secrets);
}

void TestNoCustomerDataInLogs::every_passport_every_fault()
{
    g_lines.clear();
    const TrustStore trust = TrustStore::load(ResourceLocator::path("trust"), ResourceLocator::path("trust-test"));
    QStringList secrets;
    int sessions = 0;
    for (const char* id : {"yamada-hanako", "silva-lucas", "suzuki-ichiro"}) {
        const Persona persona = Persona::load(id).value();
        const QJsonObject doc = persona.document("passport");
        const QString number = doc.value("documentNumber").toString();
        secrets << persona.nameLatin() << persona.birthDate().toString(Qt::ISODate) << persona.birthDate().toString("yyyyMMdd")
                << persona.birthDate().toString("yyMMdd") << number << doc.value("placeOfBirth").toString();
        for (const char* fault : {"none", "tampered-text", "tampered-photo", "untrusted-signer", "cloned", "pace-only"}) {
            for (const bool extended : {true, false}) {
                // The right document number, and one that differs in its last digit.
                for (const QString& typed : {number, number.left(number.size() - 1) + (number.endsWith('9') ? "8" : "9")}) {
                    SimCardOptions options;
                    options.fault = *SimCardOptions::faultFromName(QLatin1String(fault));
                    options.extendedLength = extended;
                    SimBackend backend;
                    backend.insertCard("r", PassportSim::build(persona, options));
                    auto channel = std::move(backend.connectCard("r")).value();
                    QVERIFY(CardDetector(*channel).detect().ok());
                    PassportReader::Request request;
                    request.mrz = MrzKey::fromParts(typed, persona.birthDate().toString(Qt::ISODate), doc.value("expiryDate").toString()).value();
                    (void)PassportReader(*channel, trust).read(request);
                    ++sessions;
                }
            }
        }
    }
    QCOMPARE(sessions, 3 * 6 * 2 * 2);
    verifyClean(secrets);
}

void TestNoCustomerDataInLogs::every_card_type_hostile()
{
    // Hostile cards break off mid-read, in error paths the sessions above never reach: every line
    // madoguchi-read logs with --verbose (all categories, every level) while each card type fails.
    g_lines.clear();
    struct Card
    {
        const char* type;
        const char* persona;
        QStringList credential;
    };
    const QList<Card> cards{
        {"mynumber", "yamada-hanako", {"--pin", "1234"}},
        {"licence", "yamada-hanako", {"--pin1", "1111", "--pin2", "2222", "--domicile"}},
        {"residence", "tran-thi-mai", {"--card-number", "AB12345678CD"}},
        {"residence", "silva-lucas", {"--card-number", "UH98765432BR"}},
        {"passport", "yamada-hanako", {"--document-number", "TZ1234567", "--birth-date", "1980-02-17", "--expiry-date", "2032-06-01"}},
    };
    QStringList secrets;
    int sessions = 0;
    for (const Card& card : cards) {
        const Persona persona = Persona::load(card.persona).value();
        secrets << persona.nameKanji() << persona.nameKana() << persona.address() << persona.nameLatin()
                << persona.birthDate().toString(Qt::ISODate) << persona.birthDate().toString("yyyyMMdd");
        for (const char* key : {"myNumber", "number", "cardNumber", "documentNumber", "domicile"})
            if (const QString value = persona.document(card.type).value(QLatin1String(key)).toString(); !value.isEmpty())
                secrets << value;
        for (const char* fault : {"truncated-response", "overlong-length", "wrong-status", "bad-mac", "endless-61xx", "mute", "removed"}) {
            QProcess read;
            read.start(ProgramPaths::read(), QStringList{"--sim", QStringLiteral("%1:%2:%3").arg(card.type, card.persona, fault), "--verbose",
                                                        "--json"} + card.credential);
            QVERIFY(read.waitForFinished(30000));
            QVERIFY2(read.exitStatus() == QProcess::NormalExit, fault);
            const QStringList lines = QString::fromUtf8(read.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QMutexLocker lock(&g_mutex);
            g_lines += lines;
            ++sessions;
        }
    }
    QCOMPARE(sessions, 5 * 7);
    verifyClean(secrets);
}

void TestNoCustomerDataInLogs::verifyClean(const QStringList& secrets)
{
    QMutexLocker lock(&g_mutex);
    QVERIFY2(g_lines.size() > 40, qPrintable(QString::number(g_lines.size())));  // the categories did speak
    for (const QString& line : std::as_const(g_lines))
        for (const QString& secret : secrets)
            // Every Japanese fragment counts, even two characters; short ASCII (digits) would match hex by chance.
            if (secret.size() >= 4 || std::any_of(secret.cbegin(), secret.cend(), [](QChar c) { return c.unicode() > 0x7F; }))
                QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("customer data in a log line: ") + line.left(120)));
}

QTEST_MAIN(TestNoCustomerDataInLogs)
#include "tst_NoCustomerDataInLogs.moc"
