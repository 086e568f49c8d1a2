// Driver's licences (on their own card and on a My Number card) through the real stack: pcscd +
// vsmartcard-vpcd + madoguchi-cardsim, read by the madoguchi-read program and checked in its JSON report.

#include "tests/support/JsonReport.h"
#include "tests/support/PcscStack.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace madoguchi;

namespace {

constexpr quint16 kPort = 35993;

using Report = JsonReport;

} // namespace

class TestLicenceOverPcsc : public QObject
{
    Q_OBJECT

private:
    // Serves `persona`'s `card` (with `fault`) and reads it once with madoguchi-read.
    Report read(const QString& persona, const QString& fault, const QStringList& args, const QString& card = QStringLiteral("licence"));

    std::unique_ptr<PcscStack> m_stack;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void every_persona_data();
    void every_persona();
    void history_and_categories();
    void gaiji_placeholder_and_bitmap_in_json();
    void domicile_only_with_pin2_and_when_asked();
    void pin2_last_try_refused();
    void default_pin_for_a_licence_with_pins_is_not_sent();
    void unreadable_change_records_leave_the_address_unconfirmed();
    void faults_data();
    void faults();
    void licence_on_my_number_card_data();
    void licence_on_my_number_card();
};

void TestLicenceOverPcsc::initTestCase()
{
    m_stack = std::make_unique<PcscStack>(kPort);
    const QString error = m_stack->startPcscd();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLicenceOverPcsc::cleanupTestCase()
{
    m_stack.reset();
}

Report TestLicenceOverPcsc::read(const QString& persona, const QString& fault, const QStringList& args, const QString& card)
{
    return JsonReport::fromServedCard(*m_stack, card, persona, {QStringLiteral("--fault"), fault}, args);
}

void TestLicenceOverPcsc::every_persona_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QStringList>("pins");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expiry");
    QTest::newRow("PINs set") << "yamada-hanako" << QStringList{"--pin1", "1111", "--pin2", "2222"} << "山田　花子" << "pass";
    QTest::newRow("many categories, new address") << "suzuki-ichiro" << QStringList{"--pin1", "4826", "--pin2", "7391"} << "鈴木　一郎" << "pass";
    QTest::newRow("no PIN set, 外字") << "takasaki-yoshitaro" << QStringList{"--pin1", "****", "--pin2", "****"} << "〓〓　〓太郎" << "pass";
    QTest::newRow("expired") << "tran-thi-mai" << QStringList{"--pin1", "5678", "--pin2", "8765"} << "ＴＲＡＮ　ＴＨＩ　ＭＡＩ" << "fail";
}

void TestLicenceOverPcsc::every_persona()
{
    QFETCH(QString, persona);
    QFETCH(QStringList, pins);
    QFETCH(QString, name);
    QFETCH(QString, expiry);
    const Report report = read(persona, QStringLiteral("none"), pins);
    QCOMPARE(report.section("document").value(QLatin1String("type")).toString(), QStringLiteral("licence"));
    QCOMPARE(report.section("holder").value(QLatin1String("name")).toString(), name);
    QCOMPARE(report.section("credential").value(QLatin1String("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(report.section("face").value(QLatin1String("format")).toString(), QStringLiteral("j2k"));
    QCOMPARE(report.section("face").value(QLatin1String("width")).toInt(), 120);
    QCOMPARE(report.check("licence-signature"), QStringLiteral("pass"));
    QCOMPARE(report.check("licence-expiry"), expiry);
    // Test signer only: never genuine; an expired licence is expired, not forged.
    QCOMPARE(report.exitCode, 1);
    QCOMPARE(report.section("verification").value(QLatin1String("verdict")).toString(), QStringLiteral("unverified"));
    QCOMPARE(report.section("verification").value(QLatin1String("validity")).toString(),
             expiry == QLatin1String("pass") ? QStringLiteral("valid") : QStringLiteral("expired"));
    QVERIFY(report.field("domicile").isEmpty());
}

void TestLicenceOverPcsc::history_and_categories()
{
    const Report report = read(QStringLiteral("suzuki-ichiro"), QStringLiteral("none"), {QStringLiteral("--pin1"), QStringLiteral("4826"), QStringLiteral("--pin2"), QStringLiteral("7391")});
    QVERIFY(report.section("holder").value(QLatin1String("address")).toString().startsWith(QStringLiteral("北海道札幌市")));
    QCOMPARE(report.field("addressPrinted"), QStringLiteral("北海道旭川市六条通七丁目３１番地"));
    QCOMPARE(report.field("change.1.date"), QStringLiteral("2025-04-01"));
    QCOMPARE(report.field("category.medium"), QStringLiteral("2009-06-30"));
    QCOMPARE(report.field("categories"), QStringLiteral("大型、普通、大特、大自二、け引、普二、中型"));
}

void TestLicenceOverPcsc::gaiji_placeholder_and_bitmap_in_json()
{
    const Report report = read(QStringLiteral("takasaki-yoshitaro"), QStringLiteral("none"),
                               {QStringLiteral("--pin1"), QStringLiteral("****"), QStringLiteral("--pin2"), QStringLiteral("****")});
    QCOMPARE(report.field("nameGaiji"), QStringLiteral("1,2,3"));
    QCOMPARE(report.field("pinSetting"), QStringLiteral("default"));
    const QJsonObject glyph = report.section("fields").value(QLatin1String("gaiji3Image")).toObject();
    QCOMPARE(glyph.value(QLatin1String("format")).toString(), QStringLiteral("png"));
    QImage image;
    QVERIFY(image.loadFromData(QByteArray::fromBase64(glyph.value(QLatin1String("base64")).toString().toLatin1()), "PNG"));
    QCOMPARE(image.size(), QSize(32, 32));
}

void TestLicenceOverPcsc::domicile_only_with_pin2_and_when_asked()
{
    Report report = read(QStringLiteral("yamada-hanako"), QStringLiteral("none"),
                         {QStringLiteral("--pin1"), QStringLiteral("1111"), QStringLiteral("--pin2"), QStringLiteral("2222"), QStringLiteral("--domicile")});
    QCOMPARE(report.field("domicile"), QStringLiteral("東京都千代田区千代田１番"));
    report = read(QStringLiteral("yamada-hanako"), QStringLiteral("none"), {QStringLiteral("--pin1"), QStringLiteral("1111")});
    QVERIFY(report.field("domicile").isEmpty());
    QCOMPARE(report.section("holder").value(QLatin1String("name")).toString(), QStringLiteral("山田　花子"));
    QCOMPARE(report.check("licence-signature"), QStringLiteral("not-checked"));
    QCOMPARE(read(QStringLiteral("yamada-hanako"), QStringLiteral("none"), {QStringLiteral("--pin1"), QStringLiteral("1111"), QStringLiteral("--domicile")}).exitCode, 4);
}

void TestLicenceOverPcsc::pin2_last_try_refused()
{
    const QStringList pins{QStringLiteral("--pin1"), QStringLiteral("1111"), QStringLiteral("--pin2"), QStringLiteral("2222")};
    Report report = read(QStringLiteral("yamada-hanako"), QStringLiteral("pin-last-try"), pins);
    QCOMPARE(report.exitCode, 2);
    const QJsonObject credential = report.section("credential");
    QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("last-try-refused"));
    QCOMPARE(credential.value(QLatin1String("key")).toString(), QStringLiteral("pin2"));
    QCOMPARE(credential.value(QLatin1String("secondTriesLeft")).toInt(), 1);
    QCOMPARE(credential.value(QLatin1String("triesLeft")).toInt(), 3);  // PIN1 was not sent either
    QVERIFY(report.section("holder").value(QLatin1String("name")).isNull());
    report = read(QStringLiteral("yamada-hanako"), QStringLiteral("pin-last-try"), pins + QStringList{QStringLiteral("--use-last-try")});
    QCOMPARE(report.section("credential").value(QLatin1String("status")).toString(), QStringLiteral("verified"));
}

void TestLicenceOverPcsc::default_pin_for_a_licence_with_pins_is_not_sent()
{
    // yamada-hanako set PINs: "****" is refused before any VERIFY, and both counters stay at 3.
    QString errors;
    const Report report = JsonReport::fromServedCard(*m_stack, QStringLiteral("licence"), QStringLiteral("yamada-hanako"), {},
                                                     {QStringLiteral("--pin1"), QStringLiteral("****"), QStringLiteral("--pin2"), QStringLiteral("2222")},
                                                     &errors);
    QCOMPARE(report.exitCode, 2);
    const QJsonObject credential = report.section("credential");
    QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("ruled-out"));
    QCOMPARE(credential.value(QLatin1String("key")).toString(), QStringLiteral("pin1"));
    const QJsonArray counters = credential.value(QLatin1String("counters")).toArray();
    QCOMPARE(counters.size(), 2);
    QCOMPARE(counters[0][QLatin1String("triesLeft")].toInt(), 3);
    QCOMPARE(counters[0][QLatin1String("status")].toString(), QStringLiteral("ruled-out"));
    QCOMPARE(counters[1][QLatin1String("key")].toString(), QStringLiteral("pin2"));
    QCOMPARE(counters[1][QLatin1String("triesLeft")].toInt(), 3);
    QCOMPARE(counters[1][QLatin1String("status")].toString(), QStringLiteral("queried"));
    QVERIFY2(errors.contains(QLatin1String("nothing was sent")), qPrintable(errors));
}

void TestLicenceOverPcsc::unreadable_change_records_leave_the_address_unconfirmed()
{
    const Report report = read(QStringLiteral("suzuki-ichiro"), QStringLiteral("unknown-changes"),
                               {QStringLiteral("--pin1"), QStringLiteral("4826"), QStringLiteral("--pin2"), QStringLiteral("7391")});
    QCOMPARE(report.exitCode, 1);
    QVERIFY(report.section("holder").value(QLatin1String("address")).isNull());
    QCOMPARE(report.field("addressPrinted"), QStringLiteral("北海道旭川市六条通七丁目３１番地"));
    QCOMPARE(report.check("licence-changes"), QStringLiteral("not-checked"));
    QCOMPARE(report.check("licence-signature"), QStringLiteral("pass"));
}

void TestLicenceOverPcsc::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("tampered-text") << "tampered-text";
    QTest::newRow("tampered-photo") << "tampered-photo";
}

void TestLicenceOverPcsc::faults()
{
    QFETCH(QString, fault);
    const Report report = read(QStringLiteral("yamada-hanako"), fault, {QStringLiteral("--pin1"), QStringLiteral("1111"), QStringLiteral("--pin2"), QStringLiteral("2222")});
    QCOMPARE(report.check("licence-signature"), QStringLiteral("fail"));
    QCOMPARE(report.section("verification").value(QLatin1String("verdict")).toString(), QStringLiteral("not-genuine"));
}

void TestLicenceOverPcsc::licence_on_my_number_card_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("signature");
    const QStringList b{"--collation-b", "64010720311357"};
    QTest::newRow("licence PIN") << "suzuki-ichiro" << "none" << b + QStringList{"--licence-pin", "8642"} << "verified" << "pass";
    QTest::newRow("default PIN") << "takasaki-yoshitaro" << "none" << QStringList{"--collation-b", "01010820338642", "--licence-pin", "****"}
                                 << "verified" << "pass";
    QTest::newRow("licence changed after signing") << "suzuki-ichiro" << "tampered-text" << b + QStringList{"--licence-pin", "8642"}
                                                   << "verified" << "fail";
    QTest::newRow("last try kept") << "suzuki-ichiro" << "pin-last-try" << b + QStringList{"--licence-pin", "8642"} << "last-try-refused"
                                   << "not-checked";
}

void TestLicenceOverPcsc::licence_on_my_number_card()
{
    QFETCH(QString, persona);
    QFETCH(QString, fault);
    QFETCH(QStringList, args);
    QFETCH(QString, status);
    QFETCH(QString, signature);
    const Report report = read(persona, fault, args, QStringLiteral("mynumber"));
    QCOMPARE(report.section("document").value(QLatin1String("type")).toString(), QStringLiteral("mynumber-licence"));
    QVERIFY(report.section("document").value(QLatin1String("applications")).toArray().contains(QStringLiteral("licence-on-mynumber")));
    QCOMPARE(report.section("credential").value(QLatin1String("status")).toString(), status);
    QCOMPARE(report.check("licence-signature"), signature);
    // Name and address come from the My Number side whatever happened to the licence PIN.
    QVERIFY(!report.section("holder").value(QLatin1String("name")).toString().isEmpty());
    if (status == QLatin1String("verified")) {
        QCOMPARE(report.check("licence-expiry"), QStringLiteral("pass"));
        QVERIFY(!report.field("licenceExpiryDate").isEmpty());
        QCOMPARE(report.section("credential").value(QLatin1String("secondTriesLeft")).toInt(), 10);
    } else {
        QCOMPARE(report.exitCode, 2);
        QCOMPARE(report.section("credential").value(QLatin1String("key")).toString(), QStringLiteral("licence-pin"));
        QCOMPARE(report.section("credential").value(QLatin1String("secondTriesLeft")).toInt(), 1);
    }
}

QTEST_MAIN(TestLicenceOverPcsc)
#include "tst_LicenceOverPcsc.moc"
