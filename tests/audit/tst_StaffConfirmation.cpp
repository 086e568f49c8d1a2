#include "core/audit/StaffConfirmation.h"

#include <QTest>

using namespace madoguchi;
using Answer = StaffConfirmation::Answer;

// What staff confirmed, when it lets the forms print, and how the record says it.
class TestStaffConfirmation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_need_two_matches_or_a_reason();
    void the_record_says_it_in_words();
};

void TestStaffConfirmation::forms_need_two_matches_or_a_reason()
{
    StaffConfirmation c;
    QVERIFY(!c.isComplete());
    QVERIFY(!c.allowsForms());
    c.photo = Answer::Match;
    QVERIFY(!c.isComplete());
    c.face = Answer::Match;
    QVERIFY(c.allowsForms());
    c.face = Answer::NotPossible;
    QVERIFY(c.isComplete());
    QVERIFY(!c.allowsForms());
    c.overrideReason = QStringLiteral("   ");
    QVERIFY(!c.allowsForms());  // a reason, not blanks
    c.overrideReason = QStringLiteral("券面の汚損、チップで確認");
    QVERIFY(c.allowsForms());
}

void TestStaffConfirmation::the_record_says_it_in_words()
{
    StaffConfirmation c;
    c.photo = Answer::Match;
    c.face = Answer::Match;
    QCOMPARE(c.words(QStringLiteral("ja")), QStringLiteral("顔写真と本人: 相違なし／券面とICチップ: 相違なし"));
    c.photo = Answer::Mismatch;
    c.photoReason = QStringLiteral("別人に見える");
    QCOMPARE(c.words(QStringLiteral("ja")),
             QStringLiteral("顔写真と本人: 相違あり（別人に見える）／券面とICチップ: 相違なし／申請書は印刷していません"));
    c.overrideReason = QStringLiteral("上長確認済み");
    QCOMPARE(c.words(QStringLiteral("en")),
             QStringLiteral("photo and person: does not match (別人に見える) / card face and chip: matches / application forms printed (reason: 上長確認済み)"));
    QCOMPARE(StaffConfirmation().words(QStringLiteral("ja")), QStringLiteral("顔写真と本人: 未回答／券面とICチップ: 未回答"));
}

QTEST_GUILESS_MAIN(TestStaffConfirmation)
#include "tst_StaffConfirmation.moc"
