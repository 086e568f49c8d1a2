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

QTEST_GUILESS_MAIN(TestMrzCorrection)
#include "tst_MrzCorrection.moc"
