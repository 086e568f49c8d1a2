// Residence cards and special permanent resident certificates of both generations through the real
// stack: pcscd + vsmartcard-vpcd + madoguchi-cardsim, read by madoguchi-read, checked in its JSON report.

#include "tests/support/FacePhoto.h"
#include "tests/support/JsonReport.h"
#include "tests/support/PcscStack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {

constexpr quint16 kPort = 35994;

} // namespace

class TestResidenceOverPcsc : public QObject
{
    Q_OBJECT

private:
    // Serves `persona`'s residence card (with `extra` cardsim options) and reads it once.
    JsonReport read(const QString& persona, const QStringList& extra, const QStringList& args, QString* errors = nullptr);

    std::unique_ptr<PcscStack> m_stack;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void every_persona_data();
    void every_persona();
    void card_number_from_a_photo_of_the_card_front_data();
    void card_number_from_a_photo_of_the_card_front();
    void faults_data();
    void faults();
    void wrong_card_number();
    void reader_without_extended_length();
    void card_on_my_number_platform_data();
    void card_on_my_number_platform();
    void residence_part_fails_closed_data();
    void residence_part_fails_closed();
    void phones_are_not_cards_data();
    void phones_are_not_cards();
};

void TestResidenceOverPcsc::initTestCase()
{
    m_stack = std::make_unique<PcscStack>(kPort);
    const QString error = m_stack->startPcscd();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestResidenceOverPcsc::cleanupTestCase()
{
    m_stack.reset();
}

JsonReport TestResidenceOverPcsc::read(const QString& persona, const QStringList& extra, const QStringList& args, QString* errors)
{
    return JsonReport::fromServedCard(*m_stack, QStringLiteral("residence"), persona, extra, args, errors);
}

void TestResidenceOverPcsc::every_persona_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("signature");
    QTest::newRow("first generation, residence card") << "tran-thi-mai" << "AB12345678CD" << "1" << "pass";
    QTest::newRow("first generation, under 16, no photo") << "kim-sora" << "sp01234567ab" << "2" << "not-checked";
    QTest::newRow("second generation, residence card") << "silva-lucas" << "ＵＨ９８７６５４３２ＢＲ" << "05" << "pass";
    QTest::newRow("second generation, special permanent resident") << "park-jiwoo" << "TK00112233PJ" << "06" << "pass";
}

void TestResidenceOverPcsc::every_persona()
{
    QFETCH(QString, persona);
    QFETCH(QString, number);
    QFETCH(QString, type);
    QFETCH(QString, signature);
    const JsonReport report = read(persona, {}, {QStringLiteral("--card-number"), number});
    QCOMPARE(report.section("document").value(QLatin1String("type")).toString(), QStringLiteral("residence"));
    QCOMPARE(report.field("cardType"), type);
    QCOMPARE(report.section("credential").value(QLatin1String("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(report.check("card-authentication"), QStringLiteral("pass"));
    QCOMPARE(report.check("signature"), signature);
    QCOMPARE(report.check("certificate"), signature);
    // Test anchors only: never genuine.
    QCOMPARE(report.section("verification").value(QLatin1String("verdict")).toString(), QStringLiteral("unverified"));
    QCOMPARE(report.exitCode, 1);
    if (signature == QLatin1String("pass"))
        QCOMPARE(report.section("face").value(QLatin1String("format")).toString(), QStringLiteral("jp2"));
    const qint64 apdus = report.section("link").value(QLatin1String("apdus")).toInteger();
    qInfo("%s: %lld APDUs through pcscd, %lld bytes received", qPrintable(persona), apdus,
          report.section("link").value(QLatin1String("bytesReceived")).toInteger());
}

void TestResidenceOverPcsc::faults_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("fault");
    QTest::newRow("first generation, tampered photo") << "tran-thi-mai" << "AB12345678CD" << "tampered-photo";
    QTest::newRow("first generation, tampered front image") << "tran-thi-mai" << "AB12345678CD" << "tampered-text";
    QTest::newRow("second generation, tampered entries") << "silva-lucas" << "UH98765432BR" << "tampered-text";
}

void TestResidenceOverPcsc::faults()
{
    QFETCH(QString, persona);
    QFETCH(QString, number);
    QFETCH(QString, fault);
    const JsonReport report = read(persona, {QStringLiteral("--fault"), fault}, {QStringLiteral("--card-number"), number});
    QCOMPARE(report.check("signature"), QStringLiteral("fail"));
    QCOMPARE(report.check("certificate"), QStringLiteral("pass"));
    QCOMPARE(report.section("verification").value(QLatin1String("verdict")).toString(), QStringLiteral("not-genuine"));
}

void TestResidenceOverPcsc::wrong_card_number()
{
    QString errors;
    const JsonReport report = read(QStringLiteral("silva-lucas"), {}, {QStringLiteral("--card-number"), QStringLiteral("UH98765432BX")}, &errors);
    QCOMPARE(report.exitCode, 2);
    QCOMPARE(report.section("credential").value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(errors.contains(QStringLiteral("card number")));
    // A malformed number never reaches the card.
    QCOMPARE(read(QStringLiteral("silva-lucas"), {}, {QStringLiteral("--card-number"), QStringLiteral("UH9876543BR")}).exitCode, 4);
}

void TestResidenceOverPcsc::reader_without_extended_length()
{
    QString errors;
    const JsonReport report = read(QStringLiteral("tran-thi-mai"), {QStringLiteral("--no-extended-length")},
                                   {QStringLiteral("--card-number"), QStringLiteral("AB12345678CD")}, &errors);
    QCOMPARE(report.exitCode, 3);  // the reader's limit, not a card fault
    QVERIFY2(errors.contains(QStringLiteral("extended-length")) && errors.contains(QStringLiteral("reader \"")), qPrintable(errors));
}

void TestResidenceOverPcsc::card_on_my_number_platform_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("collationB");
    QTest::addColumn<QString>("cardNumber");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::newRow("07 特定在留カード") << "hoang-minh" << "99032120314417" << "FK55667788HM" << "specified-residence" << "07";
    QTest::newRow("08 特定特別永住者証明書") << "kang-seoyeon" << "88093020366093" << "TK20260608KS" << "specified-permanent-resident" << "08";
}

void TestResidenceOverPcsc::card_on_my_number_platform()
{
    // residence-card-0708.md: a 07/08 card is a My Number card. Its identity is read and verified
    // with 照合番号B; its residence items come from the 在留 AP under the session of profile T (the
    // virtual card's own delivery key pair, installed as a test key), with their CA2 signature.
    QFETCH(QString, persona);
    QFETCH(QString, collationB);
    QFETCH(QString, cardNumber);
    QFETCH(QString, type);
    QFETCH(QString, code);
    QString errors;
    const JsonReport report = read(persona, {}, {QStringLiteral("--collation-b"), collationB, QStringLiteral("--card-number"), cardNumber}, &errors);
    QVERIFY2(report.exitCode == 1, qPrintable(errors));  // test anchors: at best unverified
    QCOMPARE(report.section("document").value(QLatin1String("type")).toString(), type);
    QCOMPARE(report.field("cardType"), code);
    QVERIFY(!report.section("holder").value(QLatin1String("name")).toString().isEmpty());
    QVERIFY(report.section("face").value(QLatin1String("bytes")).toInt() > 1000);
    for (const char* check : {"text-signature", "surface-signature", "card-liveness", "residence-card-authentication", "residence-signature",
                              "residence-certificate", "residence-same-holder"})
        QCOMPARE(report.check(check), QStringLiteral("pass"));
    QVERIFY(report.check("residence-items").isEmpty());
    QCOMPARE(report.field("residenceCardNumber"), cardNumber);
    QVERIFY(!report.field("statusCode").isEmpty());
    QVERIFY(!report.field("statusName").isEmpty());  // the test code table names it
}

void TestResidenceOverPcsc::residence_part_fails_closed_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("cardNumber");
    QTest::addColumn<QString>("itemsCheck");  // residence-items: "not-checked", or "" when the items were read
    QTest::addColumn<QString>("said");
    // A card on another session profile: both variants of T refused at the key delivery.
    QTest::newRow("session refused") << QStringList{QStringLiteral("--fault"), QStringLiteral("residence-session-refused")} << "FK55667788HM"
                                     << "not-checked" << "none of the session profiles";
    // The other Le object of §6: the first variant breaks down, the second reads.
    QTest::newRow("Le object 96 03") << QStringList{QStringLiteral("--fault"), QStringLiteral("residence-le-3")} << "FK55667788HM" << ""
                                     << "96 03";
    QTest::newRow("entries changed after signing") << QStringList{QStringLiteral("--fault"), QStringLiteral("tampered-text")} << "FK55667788HM"
                                                   << "not-checked" << "did not verify";
    QTest::newRow("another card number") << QStringList() << "FK55667788HX" << "not-checked" << "did not accept the card number";
    QTest::newRow("reader without extended length") << QStringList{QStringLiteral("--no-extended-length")} << "FK55667788HM" << "not-checked"
                                                    << "extended-length support";
}

void TestResidenceOverPcsc::residence_part_fails_closed()
{
    // Whatever stops the 在留 AP's read, the verified My Number identity stays and one line says
    // why the residence items are missing; no residence item is shown unverified.
    QFETCH(QStringList, extra);
    QFETCH(QString, cardNumber);
    QFETCH(QString, itemsCheck);
    QFETCH(QString, said);
    QString errors;
    const JsonReport report =
        read(QStringLiteral("hoang-minh"), extra, {QStringLiteral("--collation-b"), QStringLiteral("99032120314417"), QStringLiteral("--card-number"), cardNumber},
             &errors);
    QVERIFY2(report.exitCode == 1 || report.exitCode == 2, qPrintable(errors));
    QVERIFY(!report.section("holder").value(QLatin1String("name")).toString().isEmpty());
    QCOMPARE(report.check("text-signature"), extra.contains(QLatin1String("tampered-text")) ? QStringLiteral("fail") : QStringLiteral("pass"));
    QCOMPARE(report.check("residence-items"), itemsCheck);
    const QString all = QString::fromUtf8(QJsonDocument(report.section("verification")).toJson());
    QVERIFY2(all.contains(said), qPrintable(all));
    QCOMPARE(report.field("statusCode").isEmpty(), !itemsCheck.isEmpty());
}

void TestResidenceOverPcsc::phones_are_not_cards_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("said");
    QTest::newRow("iPhone JPKI") << "iphone" << "smartphone";
    QTest::newRow("Android JPKI") << "android" << "smartphone";
    QTest::newRow("mobile document") << "mdoc" << "mobile document";
}

void TestResidenceOverPcsc::phones_are_not_cards()
{
    // A phone instead of a card: exit 3 (no card), with what it is and what to ask for.
    QFETCH(QString, device);
    QFETCH(QString, said);
    QString errors;
    const JsonReport report = JsonReport::fromServedCard(*m_stack, device, QStringLiteral("yamada-hanako"), {},
                                                         {QStringLiteral("--collation-b"), QStringLiteral("55021720352285")}, &errors);
    QCOMPARE(report.exitCode, 3);
    QVERIFY2(errors.contains(said) && errors.contains(QLatin1String("plastic")), qPrintable(errors));
}

void TestResidenceOverPcsc::card_number_from_a_photo_of_the_card_front_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("number");
    QTest::newRow("first generation") << QStringLiteral("tran-thi-mai") << QStringLiteral("AB12345678CD");
    QTest::newRow("second generation, special permanent resident") << QStringLiteral("park-jiwoo") << QStringLiteral("TK00112233PJ");
}

void TestResidenceOverPcsc::card_number_from_a_photo_of_the_card_front()
{
    // The card's front as madoguchi-cardsim draws it, photographed at an angle: madoguchi-read
    // --card-image opens the card with the number read off it.
    QFETCH(QString, persona);
    QFETCH(QString, number);
    QTemporaryDir dir;
    const QString photo = FacePhoto::take(QStringLiteral("residence"), persona, dir.path());
    QVERIFY(!photo.isEmpty());
    QString errors;
    const JsonReport report = read(persona, {}, {QStringLiteral("--card-image"), photo}, &errors);
    QVERIFY2(report.exitCode == 1 || report.exitCode == 0, qPrintable(errors));
    QCOMPARE(report.section("credential").value(QLatin1String("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(report.section("credential").value(QLatin1String("fromImage")).toArray(), QJsonArray{QStringLiteral("cardNumber")});
    QVERIFY2(!errors.contains(number), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestResidenceOverPcsc)
#include "tst_ResidenceOverPcsc.moc"
