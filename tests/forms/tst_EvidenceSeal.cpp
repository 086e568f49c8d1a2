#include "core/base/ResourceLocator.h"
#include "core/forms/EvidenceSeal.h"
#include "core/forms/EvidenceVerifier.h"
#include "core/forms/FormFiller.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/QrCode.h"
#include "core/sim/PersonaRecord.h"
#include "tests/support/TestSigner.h"

#include <QCborArray>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

// The signed 確認記録, from the filled sheet to the verifier's verdict: what the record holds, what
// an unsigned sheet says, and the four verdicts — valid, altered, unknown terminal, none.
class TestEvidenceSeal : public QObject
{
    Q_OBJECT

private:
    QList<FormPage> pages(const QString& purposeId, const EvidenceSigner* signer) const
    {
        const Purpose& purpose = *m_purposes.find(purposeId);
        const IdentityRecord record = PersonaRecord::from(Persona::load(QStringLiteral("yamada-hanako")).value(), DocumentType::MyNumber);
        const EvidenceRecord evidence(record, m_verification, {"op-7", "KIOSK-01", purpose.label("ja"), QDateTime(QDate(2026, 12, 7), QTime(1, 15, 3), Qt::UTC),
                                                               "ja", purpose.usesMyNumber});
        QList<FormPage> out = m_library.pagesFor(purpose, record, evidence, QStringLiteral("ja"));
        EvidenceSeal::seal(out, m_verification, signer, QStringLiteral("ja"));
        return out;
    }
    static const FormPage& sheet(const QList<FormPage>& pages)
    {
        return *std::find_if(pages.cbegin(), pages.cend(), [](const FormPage& p) { return p.form.id() == QLatin1String("evidence"); });
    }
    // A trust directory with the test evidence CA and the terminal certificates named.
    QString trustDir(const QStringList& certificates)
    {
        const QString dir = m_dir.filePath(QStringLiteral("trust-%1").arg(++m_trustDirs));
        QDir().mkpath(dir);
        for (const QString& name : certificates)
            QFile::copy(ResourceLocator::path(QStringLiteral("testpki/%1.pem").arg(name)), dir + QLatin1Char('/') + name + QStringLiteral(".pem"));
        return dir;
    }

    QTemporaryDir m_dir;
    int m_trustDirs = 0;
    Verification m_verification = [] {
        Verification v;
        v.add(QStringLiteral("text-signature"), Verification::Result::Pass);
        v.add(QStringLiteral("card-expiry"), Verification::Result::Pass, QString(), Verification::Aspect::Validity);
        v.add(QStringLiteral("jpki-revocation"), Verification::Result::NotChecked, QString(), Verification::Aspect::Revocation);
        v.addAnchor(QStringLiteral("9000033/001 (TEST anchor)"), false);
        return v;
    }();
    const PurposeCatalog m_purposes = PurposeCatalog::load(ResourceLocator::path(QStringLiteral("purposes.json"))).value();
    const FormLibrary m_library = FormLibrary::load(ResourceLocator::path(QStringLiteral("forms"))).value();

private Q_SLOTS:
    void the_record_holds_what_the_sheet_prints();
    void an_unsigned_sheet_says_so();
    void verdicts_data();
    void verdicts();
    void the_forms_digest_covers_the_application_forms();
};

void TestEvidenceSeal::the_record_holds_what_the_sheet_prints()
{
    const auto signer = testSigner(m_dir);
    QVERIFY(signer.ok());
    const QList<FormPage> printed = pages(QStringLiteral("koza"), &*signer);
    const FormPage& evidence = sheet(printed);
    const QByteArray qr = FormFiller::qrPayload(evidence.form, evidence.data);
    QVERIFY(qr.startsWith(EvidenceSeal::kPrefix));
    const auto opened = EvidenceSeal::open(qr);
    QVERIFY(opened.ok());
    const QCborMap& r = opened->record;
    QCOMPARE(r.value(QStringLiteral("name")).toString(), evidence.data.value(QStringLiteral("holder.name")));
    QCOMPARE(r.value(QStringLiteral("addr")).toString(), evidence.data.value(QStringLiteral("holder.address")));
    QCOMPARE(r.value(QStringLiteral("term")).toString(), QStringLiteral("KIOSK-01"));
    QCOMPARE(r.value(QStringLiteral("no")).toString(), QStringLiteral("************"));  // masked as printed: not a 個人番号利用事務
    QCOMPARE(r.value(QStringLiteral("verdict")).toString(), QStringLiteral("unverified"));
    QCOMPARE(r.value(QStringLiteral("checks")).toArray().size(), 3);
    QCOMPARE(r.value(QStringLiteral("forms")).toByteArray(), EvidenceSeal::formsDigest(printed));
    QVERIFY(evidence.data.value(QStringLiteral("check.signature")).contains(QStringLiteral("KIOSK-01")));
    // The QR code carries it: encoded and read back.
    QCOMPARE(QrCode::decode(QrCode::encode(qr).scaled(QrCode::encode(qr).size() * 4)).value_or(QByteArray()), qr);
}

void TestEvidenceSeal::an_unsigned_sheet_says_so()
{
    const QList<FormPage> printed = pages(QStringLiteral("koza"), nullptr);
    const FormPage& evidence = sheet(printed);
    QVERIFY(evidence.data.value(QStringLiteral("check.signature")).startsWith(QStringLiteral("署名なし")));
    const QByteArray qr = FormFiller::qrPayload(evidence.form, evidence.data);
    QVERIFY(!qr.startsWith(EvidenceSeal::kPrefix));
    QCOMPARE(EvidenceVerifier(trustDir({QStringLiteral("evidence-terminal")})).verify(qr).verdict, EvidenceVerifier::Verdict::NoSignedRecord);
}

void TestEvidenceSeal::verdicts_data()
{
    QTest::addColumn<QString>("signerName");
    QTest::addColumn<QStringList>("trusted");
    QTest::addColumn<bool>("alter");
    QTest::addColumn<int>("verdict");
    const QStringList institution{QStringLiteral("evidence-ca"), QStringLiteral("evidence-terminal")};
    QTest::newRow("valid, chained to the CA") << "evidence-terminal" << institution << false << int(EvidenceVerifier::Verdict::Valid);
    QTest::newRow("valid, terminal certificate alone") << "evidence-terminal" << QStringList{QStringLiteral("evidence-terminal")} << false
                                                       << int(EvidenceVerifier::Verdict::Valid);
    QTest::newRow("one byte altered") << "evidence-terminal" << institution << true << int(EvidenceVerifier::Verdict::SignatureInvalid);
    QTest::newRow("a key not in the trust dir") << "evidence-rogue" << institution << false << int(EvidenceVerifier::Verdict::UnknownTerminal);
    QTest::newRow("a terminal outside the CA") << "evidence-rogue" << QStringList{QStringLiteral("evidence-ca"), QStringLiteral("evidence-rogue")}
                                               << false << int(EvidenceVerifier::Verdict::UnknownTerminal);
}

void TestEvidenceSeal::verdicts()
{
    QFETCH(QString, signerName);
    QFETCH(QStringList, trusted);
    QFETCH(bool, alter);
    QFETCH(int, verdict);
    const auto signer = testSigner(m_dir, signerName);
    QVERIFY(signer.ok());
    const QList<FormPage> printed = pages(QStringLiteral("koza"), &*signer);
    const FormPage& evidence = sheet(printed);
    QByteArray qr = FormFiller::qrPayload(evidence.form, evidence.data);
    if (alter) {
        // One byte of the signed record changed (the last character of the name), encoded again.
        QByteArray cose = EvidenceSeal::coseOf(qr).value();
        const QByteArray name = evidence.data.value(QStringLiteral("holder.name")).toUtf8();
        const qsizetype at = cose.indexOf(name);
        QVERIFY(at > 0);
        cose[at + name.size() - 1] = char(cose[at + name.size() - 1] ^ 0x01);
        qr = EvidenceSeal::qrText(cose);
    }
    const EvidenceVerifier::Outcome outcome = EvidenceVerifier(trustDir(trusted)).verify(qr);
    QVERIFY2(int(outcome.verdict) == verdict, qPrintable(EvidenceVerifier::verdictName(outcome.verdict) + QStringLiteral(": ") + outcome.why));
    if (outcome.verdict == EvidenceVerifier::Verdict::Valid)
        QCOMPARE(outcome.terminal, QStringLiteral("KIOSK-01"));
}

void TestEvidenceSeal::the_forms_digest_covers_the_application_forms()
{
    QList<FormPage> printed = pages(QStringLiteral("koza"), nullptr);
    const QByteArray before = EvidenceSeal::formsDigest(printed);
    for (FormPage& page : printed)
        if (page.form.id() != QLatin1String("evidence"))
            page.data.set(QStringLiteral("holder.name"), QStringLiteral("別人"));
    QVERIFY(EvidenceSeal::formsDigest(printed) != before);
    QCOMPARE(before.size(), 32);
}

QTEST_MAIN(TestEvidenceSeal)
#include "tst_EvidenceSeal.moc"
