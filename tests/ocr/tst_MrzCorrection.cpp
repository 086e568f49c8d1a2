// What the recogniser could not tell apart in a passport's MRZ, decided by the check digits: a sure
// reading passes as it is; a position with two candidates takes the one the check digits accept;
// when two readings both pass (0/U: a difference no check digit sees) or none does, nothing is
// offered.

#include "core/ocr/MrzCorrection.h"

#include <QTest>

using namespace madoguchi;

namespace {
// passport.md §1: the ICAO 9303 specimen, every check digit recomputed.
const QString kLine1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
const QString kLine2 = QStringLiteral("L898902C<3UTO6908061F9406236ZE184226B<<<<<14");

// ICAO 9303-5's TD1 specimen (an ID card): number D23145890, born 740812, expires 120415.
const QStringList kTd1{QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"), QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                       QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};

// One candidate per position of each line.
QList<QStringList> sureLines(const QStringList& texts)
{
    QList<QStringList> lines;
    for (const QString& text : texts) {
        QStringList positions;
        for (QChar c : text)
            positions.append(QString(c));
        lines.append(positions);
    }
    return lines;
}

// One candidate per position, then `extra` added at the positions it names.
QList<QStringList> sure(const QString& line1, const QString& line2, const QMap<int, QString>& extra = {})
{
    QList<QStringList> lines;
    for (const QString& text : {line1, line2}) {
        QStringList positions;
        for (QChar c : text)
            positions.append(QString(c));
        lines.append(positions);
    }
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        lines[1][it.key()] = it.value();
    return lines;
}
} // namespace

class TestMrzCorrection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readings_data();
    void readings();
    void id_card_readings_data();
    void id_card_readings();
};

void TestMrzCorrection::readings_data()
{
    QTest::addColumn<QList<QStringList>>("candidates");
    QTest::addColumn<QString>("line2");  // empty: refused
    QTest::newRow("as printed") << sure(kLine1, kLine2) << kLine2;
    // Position 3 ('8'): best 'B', then '8'; the check digit takes '8'.
    QTest::newRow("B or 8") << sure(kLine1, kLine2, {{3, QStringLiteral("B8")}}) << kLine2;
    // Birth date digit (position 15, '0'): best '6', then '0'.
    QTest::newRow("a date digit in doubt") << sure(kLine1, kLine2, {{15, QStringLiteral("60")}}) << kLine2;
    // Position 6 ('2' of the number): the recogniser offers Z and 2; only 2 passes.
    QTest::newRow("2 or Z") << sure(kLine1, kLine2, {{6, QStringLiteral("Z2")}}) << kLine2;
    // 0 and U differ by 30: both pass the check digit and the composite. Refused.
    QTest::newRow("0 or U: refused") << sure(kLine1, kLine2, {{5, QStringLiteral("0U")}}) << QString();
    // A filler of the personal number (position 38) that might be a K: its check digit takes the filler.
    QTest::newRow("a filler in doubt") << sure(kLine1, kLine2, {{38, QStringLiteral("K<")}}) << kLine2;
    QTest::newRow("a sure misread") << sure(kLine1, QStringLiteral("L898902C<3UTO6908071F9406236ZE184226B<<<<<14")) << QString();
    QTest::newRow("an unreadable character") << sure(kLine1, kLine2, {{20, QString()}}) << QString();
    QTest::newRow("not a passport") << sure(QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"), kLine2) << QString();
    QTest::newRow("a short line") << sure(kLine1, kLine2.left(43)) << QString();
    QList<QStringList> doubtful = sure(kLine1, kLine2);
    for (int i = 0; i < 9; ++i)
        doubtful[1][i] += QStringLiteral("Q");
    QTest::newRow("too uncertain") << doubtful << QString();
}

void TestMrzCorrection::readings()
{
    QFETCH(QList<QStringList>, candidates);
    QFETCH(QString, line2);
    const auto lines = MrzCorrection::td3(candidates);
    if (line2.isEmpty()) {
        QVERIFY(!lines.ok());
        return;
    }
    QVERIFY2(lines.ok(), qPrintable(lines.ok() ? QString() : lines.error()));
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(1), line2);
}

void TestMrzCorrection::id_card_readings_data()
{
    QTest::addColumn<QList<QStringList>>("candidates");
    QTest::addColumn<bool>("given");
    QTest::newRow("as printed") << sureLines(kTd1) << true;
    QList<QStringList> doubt = sureLines(kTd1);
    doubt[0][6] = QStringLiteral("Z2");  // the number's '2': the recogniser offers Z and 2
    QTest::newRow("2 or Z in the number") << doubt << true;
    doubt = sureLines(kTd1);
    doubt[1][3] = QStringLiteral("60");  // the birth date's '8' read 6 or 0: neither passes
    QTest::newRow("a date digit wrong either way") << doubt << false;
    doubt = sureLines(kTd1);
    doubt[0][5] = QStringLiteral("DO");  // D (13) or O (24): the check digit takes D
    QTest::newRow("D or O") << doubt << true;
    doubt = sureLines(kTd1);
    doubt[1][29] = QStringLiteral("5");  // a wrong composite
    QTest::newRow("a wrong composite") << doubt << false;
    QTest::newRow("a passport's code") << sureLines({QStringLiteral("P<UTOD231458907<<<<<<<<<<<<<<<"), kTd1[1], kTd1[2]}) << false;
}

void TestMrzCorrection::id_card_readings()
{
    QFETCH(QList<QStringList>, candidates);
    QFETCH(bool, given);
    const auto lines = MrzCorrection::td1(candidates);
    QCOMPARE(lines.ok(), given);
    if (given)
        QCOMPARE(*lines, kTd1);
}

QTEST_GUILESS_MAIN(TestMrzCorrection)
#include "tst_MrzCorrection.moc"
