#include "core/cards/residence/ResidenceEntries.h"
#include "core/cards/residence/ResidenceSignatureFile.h"
#include "core/cards/residence/ResidenceText.h"
#include "core/text/CountryNames.h"

#include <QTest>

using namespace madoguchi;

class TestResidenceFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_encodings_in_documented_order();
    void entries_of_a_residence_card();
    void entries_of_a_special_permanent_resident();
    void entries_refused_when_broken();
    void words_for_codes();
    void signature_file_of_either_generation();
    void country_names();
};

void TestResidenceFiles::text_encodings_in_documented_order()
{
    // §B1 [U]: UTF-8 first, then Shift_JIS-2004, then CP932; filler and trailing spaces dropped.
    const auto utf8 = ResidenceText::decode(QByteArray("大阪府大阪市") + QByteArray(10, '\0'));
    QCOMPARE(utf8->text, QString("大阪府大阪市"));
    QCOMPARE(utf8->encoding, QString("UTF-8"));
    // 大阪 in Shift_JIS: 91E5 8DE3, then a full-width space (8140).
    const auto sjis = ResidenceText::decode(QByteArray::fromHex("91E58DE38140000000"));
    QCOMPARE(sjis->text, QString("大阪"));
    QCOMPARE(sjis->encoding, QString("Shift_JIS-2004"));
    // 8160 is 〜 (U+301C) in Shift_JIS-2004 and ～ (U+FF5E) in CP932: the order decides, and says so.
    QCOMPARE(ResidenceText::decode(QByteArray::fromHex("8160"))->text, QString(QChar(0x301C)));
    // A lone lead byte reads in none of them.
    QVERIFY(!ResidenceText::decode(QByteArray::fromHex("41FC")));
}

void TestResidenceFiles::entries_of_a_residence_card()
{
    // §B4 DF1/EF02, type 05: ten objects, 53 bytes of values, 73 bytes in all.
    const QByteArray file = QByteArray::fromHex("C508") + "20290630" + QByteArray::fromHex("C608") + "19921108" + QByteArray::fromHex("C701")
                            + "1" + QByteArray::fromHex("C803") + "BRA" + QByteArray::fromHex("C90A") + "0000000017" + QByteArray::fromHex("CE04")
                            + "0300" + QByteArray::fromHex("CA02") + "02" + QByteArray::fromHex("CB08") + "20260630"
                            + QByteArray::fromHex("CC01") + "2" + QByteArray::fromHex("CD08") + "20290630";
    QCOMPARE(file.size(), 73);
    const ResidenceEntries e = ResidenceEntries::parse(file).value();
    QCOMPARE(e.expiryDate, QDate(2029, 6, 30));
    QCOMPARE(e.birthDate, QDate(1992, 11, 8));
    QCOMPARE(e.sex, IdentityRecord::Sex::Male);
    QCOMPARE(e.nationality, QString("BRA"));
    QCOMPARE(e.statusCode, QString("0000000017"));
    QCOMPARE(e.periodOfStay, QString("0300"));
    QCOMPARE(e.permissionDate, QDate(2026, 6, 30));
    QCOMPARE(e.workRestriction, QString("2"));
    QCOMPARE(e.periodOfStayEnd, QDate(2029, 6, 30));
    QCOMPARE(e.signedValues.size(), 53);
    QVERIFY(e.signedValues.startsWith("2029063019921108" "1BRA"));
}

void TestResidenceFiles::entries_of_a_special_permanent_resident()
{
    // Type 06: six objects, 34 bytes of values NUL-padded to 53 for the signature, 46 bytes in all.
    const QByteArray file = QByteArray::fromHex("C508") + "20330214" + QByteArray::fromHex("C608") + "19810214" + QByteArray::fromHex("C701")
                            + "3" + QByteArray::fromHex("C803") + "KOR" + QByteArray::fromHex("C90A") + "0000000099" + QByteArray::fromHex("CE04")
                            + "0000";
    QCOMPARE(file.size(), 46);
    const ResidenceEntries e = ResidenceEntries::parse(file + QByteArray(8, '\0')).value();
    QCOMPARE(e.sex, IdentityRecord::Sex::Unspecified);
    QCOMPARE(e.signedValues, QByteArray("20330214" "19810214" "3KOR0000000099" "0000") + QByteArray(19, '\0'));
    QVERIFY(!e.periodOfStayEnd.isValid());
}

void TestResidenceFiles::entries_refused_when_broken()
{
    QVERIFY(!ResidenceEntries::parse(QByteArray::fromHex("C50A3230")));              // runs past the end
    QVERIFY(!ResidenceEntries::parse(QByteArray::fromHex("C7013100")));              // no dates
    QVERIFY(!ResidenceEntries::parse(QByteArray::fromHex("C540") + QByteArray(64, '1')));  // more than the signed block holds
}

void TestResidenceFiles::words_for_codes()
{
    QCOMPARE(ResidenceEntries::periodOfStayWords("0000"), QString("indefinite"));
    QCOMPARE(ResidenceEntries::periodOfStayWords("0306"), QString("3 years 6 months"));
    QCOMPARE(ResidenceEntries::periodOfStayWords("090"), QString("90 days"));
    QCOMPARE(ResidenceEntries::periodOfStayWords("AB"), QString("AB"));
    QCOMPARE(ResidenceEntries::workRestrictionWords("1"), QString("no work restriction"));
    QCOMPARE(ResidenceEntries::workRestrictionWords("9"), QString("work not permitted"));
    QCOMPARE(ResidenceEntries::workRestrictionWords("7"), QString("7"));
}

void TestResidenceFiles::signature_file_of_either_generation()
{
    // §B1: DA 82 01 00 + 256, DB 82 04 B0 + 1200, in a 1464-byte file.
    QByteArray first = QByteArray::fromHex("DA820100") + QByteArray(256, 's') + QByteArray::fromHex("DB8204B0") + QByteArray(1200, 'c');
    first += QByteArray(1464 - first.size(), '\0');
    const ResidenceSignatureFile a = ResidenceSignatureFile::parse(first).value();
    QCOMPARE(a.signature.size(), 256);
    QCOMPARE(a.certificate.size(), 1200);
    // §B4: DC 60 + 96, DD 82 02 56 + 598, in 704 bytes.
    QByteArray second = QByteArray::fromHex("DC60") + QByteArray(96, 's') + QByteArray::fromHex("DD820256") + QByteArray(598, 'c');
    second += QByteArray(704 - second.size(), '\0');
    const ResidenceSignatureFile b = ResidenceSignatureFile::parse(second).value();
    QCOMPARE(b.signature.size(), 96);
    QCOMPARE(b.certificate.size(), 598);
    // Under 16 without photo (§B1 [U]): empty values.
    QVERIFY(ResidenceSignatureFile::parse(QByteArray::fromHex("DA00DB00") + QByteArray(100, '\0'))->signature.isEmpty());
    QVERIFY(!ResidenceSignatureFile::parse(QByteArray::fromHex("DA820100") + QByteArray(10, 's')));
}

void TestResidenceFiles::country_names()
{
    QCOMPARE(CountryNames::byAlpha3("VNM")->japanese, QString("ベトナム"));
    QCOMPARE(CountryNames::byAlpha3("bra")->english, QString("Brazil"));
    QCOMPARE(CountryNames::byAlpha3("TWN")->japanese, QString("台湾"));
    QCOMPARE(CountryNames::byAlpha3("XXA")->japanese, QString("無国籍"));
    QVERIFY(!CountryNames::byAlpha3("QQQ"));
}

QTEST_GUILESS_MAIN(TestResidenceFiles)
#include "tst_ResidenceFiles.moc"
