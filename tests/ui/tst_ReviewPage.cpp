#include "core/cards/RecordField.h"
#include "ui/ReviewPage.h"

#include <QTest>

using namespace madoguchi;
using R = Verification::Result;

// What the review page says about parts of a read that did not come through.
class TestReviewPage : public QObject
{
    Q_OBJECT

private:
    static CardReadOutcome licenceRead()
    {
        CardReadOutcome outcome;
        outcome.record.type = DocumentType::Licence;
        outcome.record.name = QStringLiteral("山田　花子");
        outcome.verification.add(QStringLiteral("licence-expiry"), R::Pass, QStringLiteral("valid"));
        return outcome;
    }

private Q_SLOTS:
    void a_photo_that_was_not_read_is_said();
    void every_counter_is_listed_with_its_answer();
    void an_address_that_may_have_changed_is_not_shown_as_current();
};

void TestReviewPage::a_photo_that_was_not_read_is_said()
{
    ReviewPage page;
    CardReadOutcome outcome = licenceRead();
    outcome.record.fields.insert(RecordField::kFaceMissing, QStringLiteral("the photo file could not be read (no JPEG 2000 codestream)"));
    page.showOutcome(outcome, QStringLiteral("en"));
    const QString details = page.findChild<QLabel*>(QStringLiteral("holderDetails"))->text();
    QVERIFY2(details.contains(QLatin1String("No photo from the chip: the photo file could not be read (no JPEG 2000 codestream)")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("printed on the card")));

    // Without the field, nothing is said: a PIN1-only licence read has no photo to miss.
    page.clear();
    page.showOutcome(licenceRead(), QStringLiteral("en"));
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("holderDetails"))->text().contains(QLatin1String("photo")));
}

void TestReviewPage::every_counter_is_listed_with_its_answer()
{
    ReviewPage page;
    CardReadOutcome outcome = licenceRead();
    outcome.credential.count(QStringLiteral("pin1"), 3, SafeVerify::Status::Verified);
    outcome.credential.count(QStringLiteral("pin2"), 2, SafeVerify::Status::Rejected);
    outcome.credential.count(QStringLiteral("pin2"), 1, SafeVerify::Status::LastTryRefused);  // a later answer replaces
    page.showOutcome(outcome, QStringLiteral("en"));
    const auto* checks = page.findChild<QTreeWidget*>(QStringLiteral("checkList"));
    const QTreeWidgetItem* counters = checks->topLevelItem(checks->topLevelItemCount() - 1);
    QCOMPARE(counters->data(0, Qt::UserRole).toString(), QStringLiteral("retryCounters"));
    QCOMPARE(counters->childCount(), 2);
    QCOMPARE(counters->child(0)->text(0), QStringLiteral("pin1"));
    QCOMPARE(counters->child(0)->text(1), QStringLiteral("3 tries left, accepted"));
    QCOMPARE(counters->child(1)->text(0), QStringLiteral("pin2"));
    QCOMPARE(counters->child(1)->text(1), QStringLiteral("1 tries left, not sent (last try)"));
}

void TestReviewPage::an_address_that_may_have_changed_is_not_shown_as_current()
{
    ReviewPage page;
    CardReadOutcome outcome = licenceRead();
    outcome.record.fields.insert(RecordField::kAddressPrinted, QStringLiteral("北海道旭川市六条通七丁目３１番地"));
    page.showOutcome(outcome, QStringLiteral("en"));
    const QString details = page.findChild<QLabel*>(QStringLiteral("holderDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("\nPrinted address: 北海道旭川市六条通七丁目３１番地. It may have changed since: look at the back of the card")),
             qPrintable(details));
}

QTEST_MAIN(TestReviewPage)
#include "tst_ReviewPage.moc"
