#include "core/cards/Verification.h"

#include <QTest>

using namespace madoguchi;

class TestVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void no_checks_is_unverified();
    void genuine_needs_every_pass_and_a_production_anchor();
    void one_fail_is_not_genuine();
    void not_checked_is_unverified();
};

void TestVerification::no_checks_is_unverified()
{
    Verification v;
    v.addAnchor(QStringLiteral("CSCA Japan 2024"), true);
    QCOMPARE(v.verdict(), Verification::Verdict::Unverified);
}

void TestVerification::genuine_needs_every_pass_and_a_production_anchor()
{
    Verification v;
    v.add(QStringLiteral("sod-signature"), Verification::Result::Pass);
    v.add(QStringLiteral("dg-hashes"), Verification::Result::Pass);
    QCOMPARE(v.verdict(), Verification::Verdict::Unverified);  // no anchor named
    v.addAnchor(QStringLiteral("CSCA Japan 2024"), true);
    QCOMPARE(v.verdict(), Verification::Verdict::Genuine);
    QCOMPARE(Verification::verdictName(v.verdict()), QStringLiteral("genuine"));
    v.addAnchor(QStringLiteral("madoguchi test CSCA"), false);
    QCOMPARE(v.verdict(), Verification::Verdict::Unverified);  // one test anchor: never "genuine"
    QCOMPARE(v.anchor(), QStringLiteral("CSCA Japan 2024; madoguchi test CSCA"));
}

void TestVerification::one_fail_is_not_genuine()
{
    Verification v;
    v.addAnchor(QStringLiteral("CSCA Japan 2024"), true);
    v.add(QStringLiteral("sod-signature"), Verification::Result::Pass);
    v.add(QStringLiteral("dg-hashes"), Verification::Result::Fail, QStringLiteral("DG2 hash differs"));
    v.add(QStringLiteral("active-authentication"), Verification::Result::NotChecked);
    QCOMPARE(v.verdict(), Verification::Verdict::NotGenuine);
    QCOMPARE(Verification::resultName(v.checks().at(1).result), QStringLiteral("fail"));
}

void TestVerification::not_checked_is_unverified()
{
    Verification v;
    v.addAnchor(QStringLiteral("CSCA Japan 2024"), true);
    v.add(QStringLiteral("sod-signature"), Verification::Result::Pass);
    v.add(QStringLiteral("ds-certificate"), Verification::Result::NotChecked, QStringLiteral("no CSCA for this issuer"));
    QCOMPARE(v.verdict(), Verification::Verdict::Unverified);
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_Verification.moc"
