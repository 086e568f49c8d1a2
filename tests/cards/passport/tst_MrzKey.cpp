// MRZ check digits and MRZ_information (passport.md §1, ICAO 9303-3 §4.9), from typed parts and
// from scanned lines, with the Appendix D specimen.

#include "core/cards/passport/Mrz.h"
#include "core/cards/passport/MrzKey.h"

#include <QTest>

using namespace madoguchi;

namespace {

const char* kLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const char* kLine2 = "L898902C<3UTO6908061F9406236ZE184226B<<<<<14";

} // namespace

class TestMrzKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_digits();
    void from_parts_pads_short_numbers();
    void from_parts_accepts_full_width_and_iso_dates();
    void from_parts_rejects_bad_input();
    void from_lines_of_appendix_d();
    void from_lines_rejects_a_wrong_composite_digit();
    void td3_fields();
    void two_digit_years();
    void from_information_checks_every_digit();
};

void TestMrzKey::from_information_checks_every_digit()
{
    // ICAO 9303-4 Appendix A's specimen (L898902C<, 690806, 940623): MRZ_information of the reader.
    const auto key = MrzKey::fromInformation("L898902C<369080619406236");
    QVERIFY(key.ok());
    QCOMPARE(key->documentNumber(), QByteArray("L898902C"));
    QVERIFY(!MrzKey::fromInformation("L898902C<469080619406236").ok());  // number's check digit
    QVERIFY(!MrzKey::fromInformation("L898902C<369080629406236").ok());  // birth date's
    QVERIFY(!MrzKey::fromInformation("L898902C<369080619406237").ok());  // expiry date's
    QVERIFY(!MrzKey::fromInformation("L898902C<36908061940623").ok());   // short
}

void TestMrzKey::check_digits()
{
    QCOMPARE(MrzKey::checkDigit("L898902C<"), 3);
    QCOMPARE(MrzKey::checkDigit("690806"), 1);
    QCOMPARE(MrzKey::checkDigit("940623"), 6);
    QCOMPARE(MrzKey::checkDigit("ZE184226B<<<<<"), 1);
    QCOMPARE(MrzKey::checkDigit("T22000129"), 3);
    QCOMPARE(MrzKey::checkDigit("a"), -1);
}

void TestMrzKey::from_parts_pads_short_numbers()
{
    const auto key = MrzKey::fromParts("L898902C", "690806", "940623");
    QVERIFY(key.ok());
    QCOMPARE(key->information().view(), QByteArrayView("L898902C<369080619406236"));
    QCOMPARE(key->documentNumber(), QByteArray("L898902C"));
    QCOMPARE(key->birthDate(), QByteArray("690806"));
    QCOMPARE(key->expiryDate(), QByteArray("940623"));
}

void TestMrzKey::from_parts_accepts_full_width_and_iso_dates()
{
    const auto key = MrzKey::fromParts(QStringLiteral("ｔｚ１２３４５６７"), "1980-02-17", "2032-06-01");
    QVERIFY(key.ok());
    QCOMPARE(key->documentNumber(), QByteArray("TZ1234567"));
    QCOMPARE(key->birthDate(), QByteArray("800217"));
    QCOMPARE(key->expiryDate(), QByteArray("320601"));
}

void TestMrzKey::from_parts_rejects_bad_input()
{
    QVERIFY(!MrzKey::fromParts("", "690806", "940623").ok());
    QVERIFY(!MrzKey::fromParts("L898902C12", "690806", "940623").ok());
    QVERIFY(!MrzKey::fromParts("L89-902C", "690806", "940623").ok());
    QVERIFY(!MrzKey::fromParts("L898902C", "691306", "940623").ok());
    QVERIFY(!MrzKey::fromParts("L898902C", "690806", "2032-02-30").ok());
}

void TestMrzKey::from_lines_of_appendix_d()
{
    const auto key = MrzKey::fromLines(QString::fromLatin1(kLine1) + "\n" + QString::fromLatin1(kLine2));
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error()));
    QCOMPARE(key->information().view(), QByteArrayView("L898902C<369080619406236"));
}

void TestMrzKey::from_lines_rejects_a_wrong_composite_digit()
{
    // passport.md §1: the line mixed from two specimens derives the right key but has a wrong composite digit.
    const QString mixed = QString::fromLatin1(kLine1) + QString::fromLatin1(kLine2).left(42) + "10";
    QVERIFY(!MrzKey::fromLines(mixed).ok());
}

void TestMrzKey::td3_fields()
{
    auto mrz = Mrz::parse(QByteArray(kLine1) + kLine2);
    QVERIFY(mrz.ok());
    QCOMPARE(mrz->format, Mrz::Format::Td3);
    QCOMPARE(mrz->documentCode, QString("P"));
    QCOMPARE(mrz->issuingState, QString("UTO"));
    QCOMPARE(mrz->surname, QString("ERIKSSON"));
    QCOMPARE(mrz->givenNames, QString("ANNA MARIA"));
    QCOMPARE(mrz->documentNumber, QString("L898902C"));
    QCOMPARE(mrz->sex, QString("F"));
    QCOMPARE(mrz->optionalData, QString("ZE184226B"));
    QVERIFY(mrz->checkDigitsValid);
    QVERIFY(!Mrz::parse(QByteArray(kLine1) + QByteArray(kLine2).left(43) + "5")->checkDigitsValid);
    QVERIFY(!Mrz::parse("P<UTO").ok());
}

void TestMrzKey::two_digit_years()
{
    const QDate today(2026, 11, 21);
    QCOMPARE(Mrz::birthDateOf(u"690806", today), QDate(1969, 8, 6));
    QCOMPARE(Mrz::birthDateOf(u"150101", today), QDate(2015, 1, 1));
    QCOMPARE(Mrz::birthDateOf(u"000229", today), QDate(2000, 2, 29));
    QCOMPARE(Mrz::expiryDateOf(u"320601"), QDate(2032, 6, 1));
}

QTEST_GUILESS_MAIN(TestMrzKey)
#include "tst_MrzKey.moc"
