#include "core/cards/RecordField.h"
#include "core/cards/read/ResidenceOnMyNumber.h"
#include "core/cards/residence/ResidenceChecks.h"

#include <QTest>

using namespace madoguchi;
using R = Verification::Result;

// How the 在留 AP's read joins the My Number card's (residence-card-0708.md §12): residence items
// only with their signature and certificate passed and the same holder; any stop becomes one
// not-checked line, and the identity stays.
class TestResidenceOnMyNumber : public QObject
{
    Q_OBJECT

private:
    static CardReadOutcome identity()
    {
        CardReadOutcome out;
        out.record.type = DocumentType::MyNumber;
        out.record.name = QStringLiteral("HOANG MINH");
        out.record.birthDate = QDate(1999, 3, 21);
        out.record.sex = IdentityRecord::Sex::Male;
        out.verification.add(QStringLiteral("text-signature"), R::Pass);
        return out;
    }
    static CardReadOutcome residence(R signature, QDate birthDate = QDate(1999, 3, 21))
    {
        CardReadOutcome out;
        out.record.birthDate = birthDate;
        out.record.sex = IdentityRecord::Sex::Male;
        out.record.documentNumber = QStringLiteral("FK55667788HM");
        out.record.fields.insert(RecordField::kStatusCode, QStringLiteral("0000000031"));
        out.record.fields.insert(RecordField::kCardType, QStringLiteral("wrong"));
        out.credential.status = SafeVerify::Status::Verified;
        out.verification.add(ResidenceChecks::kCardAuthentication, R::Pass);
        out.verification.add(ResidenceChecks::kCertificate, R::Pass);
        out.verification.add(ResidenceChecks::kSignature, signature);
        out.verification.addAnchor(QStringLiteral("ZairyuCard CA2"), true);
        return out;
    }
    static CardDetector::Detection detection()
    {
        CardDetector::Detection d;
        d.type = DocumentType::SpecifiedResidence;
        d.residenceOnMyNumberPlatform = true;
        d.residenceCardType = "07";
        return d;
    }

private Q_SLOTS:
    void verified_items_join_the_identity();
    void unverified_items_are_not_shown_data();
    void unverified_items_are_not_shown();
    void a_refused_card_number_reads_nothing();
    void an_error_is_one_line_and_the_identity_stays();
    void only_a_lost_card_ends_the_read();
};

void TestResidenceOnMyNumber::verified_items_join_the_identity()
{
    CardReadOutcome out = identity();
    ResidenceOnMyNumber::merge(out, detection(), residence(R::Pass));
    QCOMPARE(out.record.type, DocumentType::SpecifiedResidence);
    QCOMPARE(out.record.fields.value(RecordField::kCardType), QStringLiteral("07"));  // detection's, not the part's
    QCOMPARE(out.record.fields.value(RecordField::kStatusCode), QStringLiteral("0000000031"));
    QCOMPARE(out.record.fields.value(RecordField::kResidenceCardNumber), QStringLiteral("FK55667788HM"));
    QCOMPARE(out.record.name, QStringLiteral("HOANG MINH"));
    QCOMPARE(out.verification.result(QStringLiteral("residence-signature")), R::Pass);
    QCOMPARE(out.verification.result(QStringLiteral("residence-same-holder")), R::Pass);
    QVERIFY(!out.verification.result(ResidenceOnMyNumber::kItemsCheck));
    QVERIFY(out.verification.anchor().contains(QLatin1String("ZairyuCard CA2")));
    QVERIFY(out.credential.counters.isEmpty());  // no counter shown by the card
}

void TestResidenceOnMyNumber::unverified_items_are_not_shown_data()
{
    QTest::addColumn<int>("signature");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("failed");
    QTest::newRow("signature failed") << int(R::Fail) << QDate(1999, 3, 21) << "residence-signature";
    QTest::newRow("signature not checked") << int(R::NotChecked) << QDate(1999, 3, 21) << "";
    QTest::newRow("another holder") << int(R::Pass) << QDate(1990, 1, 1) << "residence-same-holder";
}

void TestResidenceOnMyNumber::unverified_items_are_not_shown()
{
    QFETCH(int, signature);
    QFETCH(QDate, birthDate);
    QFETCH(QString, failed);
    CardReadOutcome out = identity();
    ResidenceOnMyNumber::merge(out, detection(), residence(R(signature), birthDate));
    QVERIFY(!out.record.fields.contains(RecordField::kStatusCode));
    QVERIFY(!out.record.fields.contains(RecordField::kResidenceCardNumber));
    if (!failed.isEmpty())
        QCOMPARE(out.verification.result(failed), R::Fail);
    QVERIFY(out.verification.verdict() != Verification::Verdict::Genuine);
}

void TestResidenceOnMyNumber::a_refused_card_number_reads_nothing()
{
    CardReadOutcome part = residence(R::Pass);
    part.credential.status = SafeVerify::Status::Rejected;
    part.credential.triesLeft = 2;  // a card that keeps a counter (§8 [U]) shows it
    CardReadOutcome out = identity();
    ResidenceOnMyNumber::merge(out, detection(), part);
    QCOMPARE(out.verification.result(ResidenceOnMyNumber::kItemsCheck), R::NotChecked);
    QVERIFY(!out.verification.result(QStringLiteral("residence-signature")));
    QVERIFY(!out.record.fields.contains(RecordField::kStatusCode));
    QCOMPARE(out.credential.counters.size(), 1);
    QCOMPARE(out.credential.counters.first().key, ResidenceOnMyNumber::kCounter);
    QCOMPARE(out.credential.counters.first().triesLeft, 2);
}

void TestResidenceOnMyNumber::an_error_is_one_line_and_the_identity_stays()
{
    CardReadOutcome out = identity();
    ResidenceOnMyNumber::merge(out, detection(), ReaderError(ReaderError::Kind::ReaderLimit, QStringLiteral("no extended length")));
    QCOMPARE(out.record.name, QStringLiteral("HOANG MINH"));
    QCOMPARE(out.verification.result(QStringLiteral("text-signature")), R::Pass);
    QCOMPARE(out.verification.result(ResidenceOnMyNumber::kItemsCheck), R::NotChecked);
    const QString detail = out.verification.checks().last().detail;
    QVERIFY2(detail.contains(QLatin1String("no extended length")) && detail.contains(QLatin1String("extended-length support")), qPrintable(detail));
}

void TestResidenceOnMyNumber::only_a_lost_card_ends_the_read()
{
    QVERIFY(ResidenceOnMyNumber::endsTheRead(ReaderError(ReaderError::Kind::CardRemoved)));
    QVERIFY(ResidenceOnMyNumber::endsTheRead(ReaderError(ReaderError::Kind::Timeout)));
    QVERIFY(!ResidenceOnMyNumber::endsTheRead(ReaderError(ReaderError::Kind::CardRefused)));
    QVERIFY(!ResidenceOnMyNumber::endsTheRead(ReaderError(ReaderError::Kind::Malformed)));
    QVERIFY(!ResidenceOnMyNumber::endsTheRead(ReaderError(ReaderError::Kind::ReaderLimit)));
}

QTEST_GUILESS_MAIN(TestResidenceOnMyNumber)
#include "tst_ResidenceOnMyNumber.moc"
