// Passports through the real stack: pcscd + vsmartcard-vpcd + madoguchi-cardsim, read by
// madoguchi-read, checked in its JSON report: every persona, BAC and PACE, the MRZ typed, scanned or
// read off a photo of the data page, the CAN, and each fault failing the check it should.

#include "tests/support/FacePhoto.h"
#include "tests/support/JsonReport.h"
#include "tests/support/PcscStack.h"
#include "tests/support/ProgramPaths.h"

#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {

constexpr quint16 kPort = 35995;

QStringList mrzOf(const QString& number, const QString& birth, const QString& expiry)
{
    return {QStringLiteral("--document-number"), number, QStringLiteral("--birth-date"), birth, QStringLiteral("--expiry-date"), expiry};
}

const QStringList kYamada = mrzOf(QStringLiteral("TZ1234567"), QStringLiteral("1980-02-17"), QStringLiteral("2032-06-01"));
const QStringList kSilva = mrzOf(QStringLiteral("FX12345"), QStringLiteral("1992-11-08"), QStringLiteral("2034-03-14"));
const QStringList kSuzuki = mrzOf(QStringLiteral("TH0123456"), QStringLiteral("1989-01-07"), QStringLiteral("2027-01-10"));

} // namespace

class TestPassportOverPcsc : public QObject
{
    Q_OBJECT

private:
    JsonReport read(const QString& persona, const QStringList& extra, const QStringList& args, QString* errors = nullptr);

    std::unique_ptr<PcscStack> m_stack;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void every_persona_data();
    void every_persona();
    void scanned_mrz_lines();
    void mrz_from_a_photo_of_the_data_page();
    void keyboard_wedge_mrz_on_standard_input_data();
    void keyboard_wedge_mrz_on_standard_input();
    void can_opens_pace();
    void faults_data();
    void faults();
    void wrong_mrz();
    void pace_only_chip();
    void chip_without_extended_length();
};

void TestPassportOverPcsc::initTestCase()
{
    m_stack = std::make_unique<PcscStack>(kPort);
    const QString error = m_stack->startPcscd();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPassportOverPcsc::cleanupTestCase()
{
    m_stack.reset();
}

JsonReport TestPassportOverPcsc::read(const QString& persona, const QStringList& extra, const QStringList& args, QString* errors)
{
    return JsonReport::fromServedCard(*m_stack, QStringLiteral("passport"), persona, extra, args, errors);
}

void TestPassportOverPcsc::every_persona_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QStringList>("mrz");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("number");
    QTest::newRow("Japanese passport, BAC, RSA AA") << "yamada-hanako" << kYamada << "bac" << "TZ1234567";
    QTest::newRow("short number, PACE, CA, ECDSA AA") << "silva-lucas" << kSilva << "pace" << "FX12345";
    QTest::newRow("2017 document, SHA-1 signer") << "suzuki-ichiro" << kSuzuki << "bac" << "TH0123456";
}

void TestPassportOverPcsc::every_persona()
{
    QFETCH(QString, persona);
    QFETCH(QStringList, mrz);
    QFETCH(QString, access);
    QFETCH(QString, number);
    QString errors;
    const JsonReport report = read(persona, {}, mrz, &errors);
    QCOMPARE(report.section("document").value(QLatin1String("type")).toString(), QStringLiteral("passport"));
    QCOMPARE(report.section("document").value(QLatin1String("number")).toString(), number);
    QCOMPARE(report.check(qPrintable(access)), QStringLiteral("pass"));
    for (const char* check : {"sod-signature", "ds-certificate", "dg-hashes", "mrz-match", "document-expiry"})
        QVERIFY2(report.check(check) == QLatin1String("pass"), check);
    QCOMPARE(report.section("face").value(QLatin1String("format")).toString(), QStringLiteral("jp2"));
    // Test anchors only: "unverified", exit 1 — never "genuine".
    QCOMPARE(report.exitCode, 1);
    // No error of its own on stderr (sanitizer builds may log that the allocator cannot scrub).
    QVERIFY2(!errors.contains(QLatin1String("madoguchi-read:")), qPrintable(errors));
}

void TestPassportOverPcsc::scanned_mrz_lines()
{
    const QString lines = QStringLiteral("P<JPNYAMADA<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<\nTZ12345676JPN8002170F3206010<<<<<<<<<<<<<<<4");
    const JsonReport report = read(QStringLiteral("yamada-hanako"), {}, {QStringLiteral("--mrz"), lines});
    QCOMPARE(report.check("mrz-match"), QStringLiteral("pass"));
    QCOMPARE(report.check("dg-hashes"), QStringLiteral("pass"));
}

void TestPassportOverPcsc::mrz_from_a_photo_of_the_data_page()
{
    // The data page as madoguchi-cardsim draws it, photographed at an angle by a 720p camera.
    QTemporaryDir dir;
    const QString photo = FacePhoto::take(QStringLiteral("passport"), QStringLiteral("yamada-hanako"), dir.path());
    QVERIFY(!photo.isEmpty());
    QString errors;
    const JsonReport report = read(QStringLiteral("yamada-hanako"), {}, {QStringLiteral("--card-image"), photo}, &errors);
    QVERIFY2(report.exitCode == 1, qPrintable(errors));  // read; the test anchors never give "genuine"
    QCOMPARE(report.check("bac"), QStringLiteral("pass"));
    QCOMPARE(report.check("mrz-match"), QStringLiteral("pass"));
    QCOMPARE(report.section("credential").value(QLatin1String("fromImage")).toArray().size(), 3);
    // What was read is not repeated on stderr.
    QVERIFY2(!errors.contains(QLatin1String("TZ1234567")), qPrintable(errors));

    // A picture without a data page: a usage error that says why, and nothing sent to the chip.
    const QString blank = dir.filePath(QStringLiteral("blank.png"));
    QImage white(800, 600, QImage::Format_RGB32);
    white.fill(Qt::white);
    QVERIFY(white.save(blank));
    const JsonReport refused = read(QStringLiteral("yamada-hanako"), {}, {QStringLiteral("--card-image"), blank}, &errors);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(errors.contains(QLatin1String("nothing could be read off it")), qPrintable(errors));
}

void TestPassportOverPcsc::keyboard_wedge_mrz_on_standard_input_data()
{
    const QByteArray line1 = "P<JPNYAMADA<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<";
    const QByteArray line2 = "TZ12345676JPN8002170F3206010<<<<<<<<<<<<<<<4";
    QTest::addColumn<QByteArray>("input");
    // A scanner types each line and Enter; `echo "$L1\n$L2"` without -e passes a typed \n.
    QTest::newRow("a line each") << line1 + "\n" + line2 + "\n";
    QTest::newRow("typed \\n") << line1 + "\\n" + line2 + "\n";
    QTest::newRow("one line") << line1 + line2 + "\n";
}

void TestPassportOverPcsc::keyboard_wedge_mrz_on_standard_input()
{
    QFETCH(QByteArray, input);
    QString errors;
    const JsonReport report = JsonReport::fromServedCard(*m_stack, QStringLiteral("passport"), QStringLiteral("yamada-hanako"), {},
                                                         {QStringLiteral("--mrz"), QStringLiteral("-")}, &errors, input);
    QVERIFY2(report.exitCode == 1, qPrintable(errors));  // read; the test anchors never give "genuine"
    QCOMPARE(report.check("mrz-match"), QStringLiteral("pass"));
}

void TestPassportOverPcsc::can_opens_pace()
{
    const JsonReport report = read(QStringLiteral("silva-lucas"), {}, {QStringLiteral("--can"), QStringLiteral("123456")});
    QCOMPARE(report.check("pace"), QStringLiteral("pass"));
    QCOMPARE(report.check("chip-authentication"), QStringLiteral("pass"));
    QCOMPARE(report.check("mrz-match"), QStringLiteral("not-checked"));
}

void TestPassportOverPcsc::faults_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QStringList>("mrz");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("check");
    QTest::newRow("modified DG1") << "yamada-hanako" << kYamada << "tampered-text" << "dg-hashes";
    QTest::newRow("modified DG2") << "silva-lucas" << kSilva << "tampered-photo" << "dg-hashes";
    QTest::newRow("signer under no trusted CSCA") << "suzuki-ichiro" << kSuzuki << "untrusted-signer" << "ds-certificate";
    QTest::newRow("cloned chip, AA") << "yamada-hanako" << kYamada << "cloned" << "active-authentication";
    QTest::newRow("cloned chip, CA") << "silva-lucas" << kSilva << "cloned" << "chip-authentication";
}

void TestPassportOverPcsc::faults()
{
    QFETCH(QString, persona);
    QFETCH(QStringList, mrz);
    QFETCH(QString, fault);
    QFETCH(QString, check);
    const JsonReport report = read(persona, {QStringLiteral("--fault"), fault}, mrz);
    QCOMPARE(report.check(qPrintable(check)), QStringLiteral("fail"));
    QCOMPARE(report.section("verification").value(QLatin1String("verdict")).toString(), QStringLiteral("not-genuine"));
    QCOMPARE(report.exitCode, 1);
}

void TestPassportOverPcsc::wrong_mrz()
{
    QString errors;
    const JsonReport report = read(QStringLiteral("yamada-hanako"), {},
                                   mrzOf(QStringLiteral("TZ1234568"), QStringLiteral("1980-02-17"), QStringLiteral("2032-06-01")), &errors);
    QCOMPARE(report.exitCode, 2);
    QCOMPARE(report.section("credential").value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(errors.contains(QLatin1String("MRZ")), qPrintable(errors));
    // A malformed MRZ never reaches the card.
    const JsonReport malformed = JsonReport::fromRead(mrzOf(QStringLiteral("TZ-1234567"), QStringLiteral("1980-02-17"), QStringLiteral("2032-06-01")));
    QCOMPARE(malformed.exitCode, 4);
}

void TestPassportOverPcsc::pace_only_chip()
{
    // A PACE-only chip whose PACE is readable: read without BAC.
    const JsonReport readable = read(QStringLiteral("silva-lucas"), {QStringLiteral("--fault"), QStringLiteral("pace-only")}, kSilva);
    QCOMPARE(readable.check("pace"), QStringLiteral("pass"));
    // One whose PACE this version does not speak: a clear sentence, exit 5.
    QString errors;
    const JsonReport refused = read(QStringLiteral("yamada-hanako"), {QStringLiteral("--fault"), QStringLiteral("pace-only")}, kYamada, &errors);
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(errors.contains(QLatin1String("PACE only")), qPrintable(errors));
}

void TestPassportOverPcsc::chip_without_extended_length()
{
    const JsonReport report = read(QStringLiteral("yamada-hanako"), {QStringLiteral("--no-extended-length")}, kYamada);
    QCOMPARE(report.check("dg-hashes"), QStringLiteral("pass"));
    QVERIFY(report.section("link").value(QLatin1String("apdus")).toInt() > 90);
}

QTEST_GUILESS_MAIN(TestPassportOverPcsc)
#include "tst_PassportOverPcsc.moc"
