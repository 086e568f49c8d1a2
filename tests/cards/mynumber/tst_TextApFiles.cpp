#include "core/cards/mynumber/TextApFiles.h"
#include "core/sim/SimFiles.h"

#include <QTest>

using namespace madoguchi;

namespace {

QByteArray basicFour(const QString& name, const QString& address, const char* date, char sex)
{
    const QByteArray items = SimFiles::tlv(0xDF22, name.toUtf8()) + SimFiles::tlv(0xDF23, address.toUtf8())
                             + SimFiles::tlv(0xDF24, QByteArray(date)) + SimFiles::tlv(0xDF25, QByteArray(1, sex));
    return SimFiles::tlv(0xFF20, SimFiles::tlv(0xDF21, QByteArray(8, '\0')) + items);
}

} // namespace

class TestTextApFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void my_number_file();
    void check_digit();
    void basic_four_short_form();
    void basic_four_long_form_and_rare_kanji();
    void basic_four_malformed();
};

void TestTextApFiles::my_number_file()
{
    // mynumber.md §3.2: 17 bytes, FF 10 0C + digits + FF FF.
    QCOMPARE(TextApFiles::parseMyNumber(QByteArray::fromHex("FF100C") + "123456789018" + QByteArray::fromHex("FFFF")),
             std::optional<QString>(QStringLiteral("123456789018")));
    QVERIFY(!TextApFiles::parseMyNumber(QByteArray::fromHex("FF100C") + "123456789019" + QByteArray::fromHex("FFFF")));
    QVERIFY(!TextApFiles::parseMyNumber(QByteArray::fromHex("FF100B") + "12345678901"));
    QVERIFY(!TextApFiles::parseMyNumber(QByteArray::fromHex("FF1120") + QByteArray(32, '1')));
    QVERIFY(!TextApFiles::parseMyNumber(QByteArray::fromHex("FF100C313233")));
}

void TestTextApFiles::check_digit()
{
    for (const char* valid : {"123456789018", "402987615398", "718263549021", "550381246973", "864209753183"})
        QVERIFY2(TextApFiles::hasValidCheckDigit(QLatin1String(valid)), valid);
    QVERIFY(!TextApFiles::hasValidCheckDigit(QStringLiteral("123456789010")));
    QVERIFY(!TextApFiles::hasValidCheckDigit(QStringLiteral("12345678901")));
}

void TestTextApFiles::basic_four_short_form()
{
    const QByteArray file = basicFour(QStringLiteral("山田　花子"), QStringLiteral("東京都千代田区"), "19800217", '2') + QByteArray(40, char(0xFF));
    QCOMPARE(quint8(file[2]) < 0x80, true);
    const auto parsed = TextApFiles::parseBasicFour(file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed->name, QStringLiteral("山田　花子"));
    QCOMPARE(parsed->name.indexOf(QChar(0x3000)), 2);
    QCOMPARE(parsed->birthDate, QDate(1980, 2, 17));
    QCOMPARE(parsed->sexCode, '2');
    // §3.4: the signed part runs from DF22 to the end of the object, without the filler.
    QVERIFY(parsed->signedPart.startsWith(QByteArray::fromHex("DF22")));
    QVERIFY(parsed->signedPart.endsWith(QByteArray::fromHex("DF250132")));
}

void TestTextApFiles::basic_four_long_form_and_rare_kanji()
{
    const QString name = QStringLiteral("髙﨑　") + QString::fromUcs4(U"\U00020BB7") + QStringLiteral("太郎");
    const QString address = QStringLiteral("北海道札幌市中央区北一条西二丁目１番地　札幌ファクトリーパークサイドレジデンス北棟東ウイング１２階１２３４号室");
    const QByteArray file = basicFour(name, address, "19890108", '1');
    QCOMPARE(quint8(file[2]), quint8(0x81));  // long-form length
    const auto parsed = TextApFiles::parseBasicFour(file);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->name, name);
    QCOMPARE(parsed->name.toUcs4().at(3), 0x20BB7u);
    QCOMPARE(parsed->address, address);
}

void TestTextApFiles::basic_four_malformed()
{
    QVERIFY(!TextApFiles::parseBasicFour(QByteArray::fromHex("FF2003DF2200")).ok());                     // items missing
    QVERIFY(!TextApFiles::parseBasicFour(QByteArray::fromHex("FF10020000")).ok());                       // wrong tag
    QVERIFY(!TextApFiles::parseBasicFour(QByteArray::fromHex("FF2010DF2203414243")).ok());               // overruns
    QVERIFY(!TextApFiles::parseBasicFour(basicFour(QStringLiteral("A"), QStringLiteral("B"), "19801317", '1')).ok());  // month 13
}

QTEST_GUILESS_MAIN(TestTextApFiles)
#include "tst_TextApFiles.moc"
