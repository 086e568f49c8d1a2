// The auditor's path end to end, as the programs run: madoguchi-print signs a sheet into a PDF,
// pdftoppm rasterises it at 150 and 300 dpi, the picture is turned a few degrees, noised and
// JPEG-compressed as a scan or a phone photo would be, and madoguchi-verify says "valid" with the
// holder's name; a sheet whose QR record was altered by one byte, a key the auditor does not know
// and an unsigned sheet are each refused with their own verdict and exit code.

#include "core/base/ResourceLocator.h"
#include "core/forms/EvidenceSeal.h"
#include "core/forms/QrCode.h"
#include "tests/support/ProgramPaths.h"
#include "tests/support/TestSigner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace madoguchi;

class TestMadoguchiVerify : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
    };
    static Run run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput())};
    }
    // The sheet PDF for `purpose`, signed with the test key `signer` (none: unsigned).
    QString printSheet(const QString& purpose, const QString& signer)
    {
        const QString pdf = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(purpose, signer.isEmpty() ? QStringLiteral("unsigned") : signer));
        QStringList arguments{QStringLiteral("--persona"), QStringLiteral("yamada-hanako"), QStringLiteral("--purpose"), purpose,
                              QStringLiteral("--terminal"), QStringLiteral("KIOSK-01"), QStringLiteral("--pdf"), pdf};
        if (!signer.isEmpty())
            arguments << QStringLiteral("--signing-key") << testKeyFile(m_dir, signer) << QStringLiteral("--signing-cert")
                      << testKeyCertificate(signer);
        return run(ProgramPaths::print(), arguments).exitCode == 0 ? pdf : QString();
    }
    // Its evidence page (the last) as PNG at `dpi`.
    QString rasterise(const QString& pdf, int dpi)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("%1-%2").arg(QFileInfo(pdf).baseName()).arg(dpi));
        QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, prefix});
        const QStringList pages = QDir(m_dir.path()).entryList({QFileInfo(prefix).fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
        return pages.isEmpty() ? QString() : m_dir.filePath(pages.last());
    }
    QString trustDir()
    {
        const QString dir = m_dir.filePath(QStringLiteral("trust"));
        if (QDir().mkpath(dir))
            for (const char* name : {"evidence-ca", "evidence-terminal"})
                QFile::copy(ResourceLocator::path(QStringLiteral("testpki/%1.pem").arg(QLatin1String(name))),
                            dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".pem"));
        return dir;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void scans_and_photos_verify_data();
    void scans_and_photos_verify();
    void a_pdf_verifies_as_printed();
    void one_altered_byte_is_refused();
    void an_unknown_key_and_an_unsigned_sheet_are_refused();
};

void TestMadoguchiVerify::scans_and_photos_verify_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<double>("degrees");
    QTest::addColumn<int>("jpegQuality");  // 0: PNG
    QTest::newRow("150 dpi") << 150 << 0.0 << 0;
    QTest::newRow("300 dpi") << 300 << 0.0 << 0;
    QTest::newRow("150 dpi, turned 3°, noise, JPEG 60") << 150 << 3.0 << 60;
    QTest::newRow("300 dpi, turned -2°, noise, JPEG 40") << 300 << -2.0 << 40;
}

void TestMadoguchiVerify::scans_and_photos_verify()
{
    QFETCH(int, dpi);
    QFETCH(double, degrees);
    QFETCH(int, jpegQuality);
    const QString pdf = printSheet(QStringLiteral("koza"), QStringLiteral("evidence-terminal"));
    QVERIFY(!pdf.isEmpty());
    QString scan = rasterise(pdf, dpi);
    QVERIFY(!scan.isEmpty());
    if (jpegQuality > 0) {
        QImage image = QImage(scan).convertToFormat(QImage::Format_RGB32).transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
        QRandomGenerator noise(7);
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int d = int(noise.bounded(40)) - 20;
                const int v = std::clamp(qGray(line[x]) + d, 0, 255);
                line[x] = qRgb(v, v, v);
            }
        }
        scan = m_dir.filePath(QStringLiteral("photo-%1-%2.jpg").arg(dpi).arg(jpegQuality));
        QVERIFY(image.save(scan, "JPEG", jpegQuality));
    }
    const Run verified = run(ProgramPaths::verify(), {QStringLiteral("--scan"), scan, QStringLiteral("--trust"), trustDir()});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out));
    QVERIFY(verified.out.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1String(": valid")));
    QVERIFY(verified.out.contains(QStringLiteral("山田　花子")));
    QVERIFY(verified.out.contains(QStringLiteral("KIOSK-01")));
}

void TestMadoguchiVerify::a_pdf_verifies_as_printed()
{
    const QString pdf = printSheet(QStringLiteral("tennyu"), QStringLiteral("evidence-terminal"));
    const Run verified = run(ProgramPaths::verify(), {QStringLiteral("--scan"), pdf, QStringLiteral("--trust"), trustDir(), QStringLiteral("--json")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out));
    QVERIFY(verified.out.contains(QLatin1String("\"verdict\": \"valid\"")));
}

void TestMadoguchiVerify::one_altered_byte_is_refused()
{
    // The sheet's QR record with one byte of the holder's name changed, printed again as a QR code.
    const QString scan = rasterise(printSheet(QStringLiteral("koza"), QStringLiteral("evidence-terminal")), 150);
    const QByteArray text = QrCode::decode(QImage(scan)).value_or(QByteArray());
    QVERIFY(text.startsWith("MDG1:"));
    QByteArray record = EvidenceSeal::coseOf(text).value();
    const qsizetype at = record.indexOf(QStringLiteral("花子").toUtf8());
    QVERIFY(at > 0);
    record[at + 2] = char(record[at + 2] ^ 0x01);
    const QImage altered = QrCode::encode(EvidenceSeal::qrText(record));
    const QString forged = m_dir.filePath(QStringLiteral("forged.png"));
    QVERIFY(altered.scaled(altered.size() * 6).save(forged));
    const Run refused = run(ProgramPaths::verify(), {QStringLiteral("--scan"), forged, QStringLiteral("--trust"), trustDir()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(QLatin1String("signature invalid")), qPrintable(refused.out));
}

void TestMadoguchiVerify::an_unknown_key_and_an_unsigned_sheet_are_refused()
{
    const Run unknown = run(ProgramPaths::verify(), {QStringLiteral("--scan"), rasterise(printSheet(QStringLiteral("koza"), QStringLiteral("evidence-rogue")), 150),
                                                     QStringLiteral("--trust"), trustDir()});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.out.contains(QLatin1String("unknown terminal")), qPrintable(unknown.out));
    const Run unsigned_ = run(ProgramPaths::verify(), {QStringLiteral("--scan"), rasterise(printSheet(QStringLiteral("koza"), QString()), 150),
                                                       QStringLiteral("--trust"), trustDir()});
    QCOMPARE(unsigned_.exitCode, 3);
    QVERIFY2(unsigned_.out.contains(QLatin1String("no signed record")), qPrintable(unsigned_.out));
}

QTEST_MAIN(TestMadoguchiVerify)
#include "tst_MadoguchiVerify.moc"
