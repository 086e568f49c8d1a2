#include "core/audit/EvidenceRecord.h"
#include "core/cards/RecordField.h"
#include "core/forms/QrCode.h"
#include "ui/ReviewPage.h"

#include <QCheckBox>

#include <QTest>

using namespace madoguchi;
using R = Verification::Result;

namespace {
const QString kRevocationUrl = QStringLiteral("https://lapse-immi.moj.go.jp/ZEC/appl/e0/ZEC2/pages/FZECST011.aspx");
}

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
    void a_required_item_the_document_lacks_is_said();
    void every_counter_is_listed_with_its_answer();
    void an_address_that_may_have_changed_is_not_shown_as_current();
    void chip_only_residence_items_are_in_front_data();
    void chip_only_residence_items_are_in_front();
    void an_authentic_expired_card_is_not_called_forged();
    void revocation_is_asked_where_the_issuer_answers();
};

void TestReviewPage::a_photo_that_was_not_read_is_said()
{
    ReviewPage page(kRevocationUrl);
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

void TestReviewPage::a_required_item_the_document_lacks_is_said()
{
    ReviewPage page(kRevocationUrl);
    CardReadOutcome outcome = licenceRead();
    outcome.record.address.clear();
    outcome.record.birthDate = QDate(1980, 2, 17);
    page.showOutcome(outcome, QStringLiteral("en"), EvidenceRecord::identifyingItems());
    const QString details = page.findChild<QLabel*>(QStringLiteral("holderDetails"))->text();
    QVERIFY2(details.contains(QLatin1String("requires the holder's address, which this document does not hold")), qPrintable(details));
    // A purpose that does not require it says nothing.
    page.clear();
    page.showOutcome(outcome, QStringLiteral("en"), {QStringLiteral("holder.name"), QStringLiteral("holder.birthDate")});
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("holderDetails"))->text().contains(QLatin1String("requires")));
}

void TestReviewPage::every_counter_is_listed_with_its_answer()
{
    ReviewPage page(kRevocationUrl);
    CardReadOutcome outcome = licenceRead();
    outcome.credential.count(QStringLiteral("pin1"), 3, SafeVerify::Status::Verified);
    outcome.credential.count(QStringLiteral("pin2"), 2, SafeVerify::Status::Rejected);
    outcome.credential.count(QStringLiteral("pin2"), 1, SafeVerify::Status::LastTryRefused);  // a later answer replaces
    page.showOutcome(outcome, QStringLiteral("en"));
    const auto* checks = page.findChild<QTreeWidget*>(QStringLiteral("checkList"));
    const QTreeWidgetItem* counters = checks->topLevelItem(checks->topLevelItemCount() - 1);
    QCOMPARE(counters->data(0, Qt::UserRole).toString(), QStringLiteral("retryCounters"));
    QCOMPARE(counters->childCount(), 2);
    QCOMPARE(counters->child(0)->text(0), QStringLiteral("PIN1"));
    QCOMPARE(counters->child(0)->text(1), QStringLiteral("3 tries left, accepted"));
    QCOMPARE(counters->child(1)->text(0), QStringLiteral("PIN2"));
    QCOMPARE(counters->child(1)->text(1), QStringLiteral("1 tries left, not sent (last try)"));
}

void TestReviewPage::an_address_that_may_have_changed_is_not_shown_as_current()
{
    ReviewPage page(kRevocationUrl);
    CardReadOutcome outcome = licenceRead();
    outcome.record.fields.insert(RecordField::kAddressPrinted, QStringLiteral("北海道旭川市六条通七丁目３１番地"));
    page.showOutcome(outcome, QStringLiteral("en"));
    const QString details = page.findChild<QLabel*>(QStringLiteral("holderDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("\nPrinted address: 北海道旭川市六条通七丁目３１番地. It may have changed since: look at the back of the card")),
             qPrintable(details));
}

void TestReviewPage::chip_only_residence_items_are_in_front_data()
{
    QTest::addColumn<bool>("named");
    QTest::addColumn<int>("daysLeft");
    QTest::newRow("named, period running") << true << 400;
    QTest::newRow("code only, period over") << false << -3;
}

void TestReviewPage::chip_only_residence_items_are_in_front()
{
    QFETCH(bool, named);
    QFETCH(int, daysLeft);
    ReviewPage page(kRevocationUrl);
    CardReadOutcome outcome;
    outcome.record.type = DocumentType::Residence;
    outcome.record.expiryDate = QDate::currentDate().addYears(2);
    auto& f = outcome.record.fields;
    f.insert(RecordField::kCardType, QStringLiteral("05"));
    f.insert(RecordField::kGeneration, QStringLiteral("2"));
    f.insert(RecordField::kStatusCode, QStringLiteral("0000000017"));
    if (named)
        f.insert(RecordField::kStatusNameEnglish, QStringLiteral("Engineer"));
    f.insert(RecordField::kPeriodOfStay, QStringLiteral("3 years 0 months"));
    const QDate end = QDate::currentDate().addDays(daysLeft);
    f.insert(RecordField::kPeriodOfStayEnd, end.toString(Qt::ISODate));
    f.insert(RecordField::kPermissionDate, QStringLiteral("2026-06-30"));
    f.insert(RecordField::kPermissionType, QStringLiteral("02"));
    f.insert(RecordField::kWorkRestriction, QStringLiteral("no work restriction"));
    f.insert(RecordField::kComprehensivePermission, QStringLiteral("1"));
    f.insert(RecordField::kIndividualPermission, QStringLiteral("0"));
    page.showOutcome(outcome, QStringLiteral("en"));
    const QStringList lines = page.findChild<QLabel*>(QStringLiteral("holderDetails"))->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("Residence card, card type 05"));
    QCOMPARE(lines.value(1), named ? QStringLiteral("Status of residence: Engineer (code 0000000017)")
                                   : QStringLiteral("Status of residence: code 0000000017 (not in the installed code table)"));
    QCOMPARE(lines.value(2), QStringLiteral("Period of stay: 3 years 0 months (through %1, %2 days left)").arg(end.toString(Qt::ISODate)).arg(daysLeft));
    QCOMPARE(lines.value(3), QStringLiteral("Permission date: 2026-06-30 (kind 02)"));
    QCOMPARE(lines.value(4), QStringLiteral("Work: no work restriction"));
    QCOMPARE(lines.value(5), QStringLiteral("Permission for activities outside status: comprehensive granted (1), individual none"));
    QVERIFY(lines.value(6).startsWith(QLatin1String("New-style cards print none of these")));
    const QString warning = page.findChild<QLabel*>(QStringLiteral("expiryWarning"))->text();
    QCOMPARE(warning.contains(QLatin1String("period of stay ended")), daysLeft < 0);
}

void TestReviewPage::an_authentic_expired_card_is_not_called_forged()
{
    ReviewPage page(kRevocationUrl);
    CardReadOutcome outcome = licenceRead();
    outcome.verification = Verification();
    outcome.verification.add(QStringLiteral("signature"), R::Pass);
    outcome.verification.add(QStringLiteral("licence-expiry"), R::Fail, QStringLiteral("expired: valid through 2025-01-01"),
                             Verification::Aspect::Validity);
    outcome.verification.addAnchor(QStringLiteral("production anchor"), true);
    page.showOutcome(outcome, QStringLiteral("en"));
    const QString banner = page.findChild<QLabel*>(QStringLiteral("verdictBanner"))->text();
    QVERIFY2(banner.startsWith(QLatin1String("Genuine, but EXPIRED")), qPrintable(banner));
    QVERIFY(!banner.contains(QLatin1String("NOT")));
}

void TestReviewPage::revocation_is_asked_where_the_issuer_answers()
{
    ReviewPage page(kRevocationUrl);
    QList<QDateTime> ticks;
    connect(&page, &ReviewPage::revocationChecked, this, [&ticks](const QDateTime& at) { ticks << at; });
    auto* panel = page.findChild<QWidget*>(QStringLiteral("revocationPanel"));
    CardReadOutcome residence = licenceRead();
    residence.record.type = DocumentType::Residence;
    residence.verification.add(QStringLiteral("revocation"), R::NotChecked, QString(), Verification::Aspect::Revocation);
    page.showOutcome(residence, QStringLiteral("ja"));
    QVERIFY(panel->isVisibleTo(&page));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("revocationText"))->text().contains(kRevocationUrl));
    // The QR code carries the page, so staff can open it on a phone.
    const QImage qr = page.findChild<QLabel*>(QStringLiteral("revocationQr"))->pixmap().toImage();
    QCOMPARE(QrCode::decode(qr).value_or(QByteArray()), kRevocationUrl.toUtf8());
    auto* tick = page.findChild<QCheckBox*>(QStringLiteral("revocationChecked"));
    QVERIFY(!tick->isChecked());
    tick->setChecked(true);
    QCOMPARE(ticks.size(), 1);
    QVERIFY(ticks.last().isValid());
    tick->setChecked(false);
    QVERIFY(!ticks.last().isValid());
    // A card without such an inquiry: no panel, and the next visit starts unticked.
    tick->setChecked(true);
    page.clear();
    page.showOutcome(licenceRead(), QStringLiteral("ja"));
    QVERIFY(!panel->isVisibleTo(&page));
    QVERIFY(!tick->isChecked());
}

QTEST_MAIN(TestReviewPage)
#include "tst_ReviewPage.moc"
