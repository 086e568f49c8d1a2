#include "core/text/JisX0208.h"

#include <QTest>

using namespace madoguchi;

class TestJisX0208 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_kanji_and_kana();
    void trims_full_width_padding();
    void gaiji_and_missing_marks();
    void unknown_codes_are_counted();
    void encodes_only_jis_x_0208();
};

void TestJisX0208::decodes_kanji_and_kana()
{
    // 山 is row 27 cell 19 (3B 33), 田 row 69 cell 68 (45 44): EUC-JP BBB3 C5C4 less 0x80.
    QCOMPARE(JisX0208::decode(QByteArray::fromHex("3B334544")).text, QStringLiteral("山田"));
    // マ 255E; a full-width space (2121) inside a name is kept.
    QCOMPARE(JisX0208::decode(QByteArray::fromHex("255E21214544")).text, QStringLiteral("マ　田"));
}

void TestJisX0208::trims_full_width_padding()
{
    const auto decoded = JisX0208::decode(QByteArray::fromHex("3B33454421212121"));
    QCOMPARE(decoded.text, QStringLiteral("山田"));
    QCOMPARE(JisX0208::decode(QByteArray::fromHex("21212121")).text, QString());
    // An odd trailing byte is not half a character.
    QCOMPARE(JisX0208::decode(QByteArray::fromHex("3B3345")).text, QStringLiteral("山"));
}

void TestJisX0208::gaiji_and_missing_marks()
{
    // drivers-licence.md §A4: FFF1–FFF7 外字1–7, FFFA 欠字.
    const auto decoded = JisX0208::decode(QByteArray::fromHex("FFF2FFF14544FFFA"));
    QCOMPARE(decoded.text, QStringLiteral("〓〓田■"));
    QCOMPARE(decoded.gaiji, (QList<int>{2, 1}));
    QCOMPARE(decoded.missing, 1);
    QCOMPARE(JisX0208::gaijiCode(7), QByteArray::fromHex("FFF7"));
}

void TestJisX0208::unknown_codes_are_counted()
{
    // Row 9 is unassigned in JIS X 0208; 80 and FFF8 are outside every code.
    const auto decoded = JisX0208::decode(QByteArray::fromHex("2921FFF880804544"));
    QCOMPARE(decoded.unreadable, 3);
    QCOMPARE(decoded.text, QStringLiteral("\uFFFD\uFFFD\uFFFD田"));
}

void TestJisX0208::encodes_only_jis_x_0208()
{
    QCOMPARE(JisX0208::encodeCharacter(QStringLiteral("山")), QByteArray::fromHex("3B33"));
    QCOMPARE(JisX0208::encodeCharacter(QStringLiteral("　")), QByteArray::fromHex("2121"));
    QCOMPARE(JisX0208::encodeCharacter(QStringLiteral("１")), QByteArray::fromHex("2331"));
    // 髙 and 﨑 are IBM extensions, 𠮷 is outside the BMP: none is in JIS X 0208, so 外字 on a licence.
    QVERIFY(!JisX0208::encodeCharacter(QStringLiteral("髙")));
    QVERIFY(!JisX0208::encodeCharacter(QStringLiteral("﨑")));
    QVERIFY(!JisX0208::encodeCharacter(QStringLiteral("𠮷")));
    QVERIFY(!JisX0208::encodeCharacter(QStringLiteral("A")));
    QVERIFY(!JisX0208::encodeCharacter(QStringLiteral("ｱ")));
}

QTEST_GUILESS_MAIN(TestJisX0208)
#include "tst_JisX0208.moc"
