// The evidence signing key in a TPM, through OpenSSL's provider, as docs/ADMIN.md tells an admin to
// set it up: a software TPM (swtpm) holds the key, tpm2-openssl makes a TSS2 key blob and a request
// for it, the test evidence CA certifies it, madoguchi-print signs a sheet with it and
// madoguchi-verify accepts the sheet. With the TPM gone the key cannot be loaded, and
// madoguchi-print says so instead of printing an unsigned sheet as if signed.

#include "core/base/ResourceLocator.h"
#include "tests/support/ProgramPaths.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace madoguchi;

class TestTpmSigning : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OPENSSL_CONF"), m_dir.filePath(QStringLiteral("openssl.cnf")));
        environment.insert(QStringLiteral("TPM2OPENSSL_TCTI"),
                           QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(m_port));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir.path());
        process.start(program, arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {-1, process.errorString() + QLatin1Char('\n') + QString::fromUtf8(process.readAll())};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    Run print(const QString& pdf)
    {
        return run(ProgramPaths::print(),
                   {QStringLiteral("--persona"), QStringLiteral("yamada-hanako"), QStringLiteral("--purpose"),
                    QStringLiteral("koza"), QStringLiteral("--terminal"), QStringLiteral("KIOSK-TPM"),
                    QStringLiteral("--pdf"), pdf, QStringLiteral("--signing-key"), path("tpm.key"),
                    QStringLiteral("--signing-cert"), path("tpm.pem")});
    }

    QTemporaryDir m_dir;
    QProcess m_swtpm;
    int m_port = 0;

private Q_SLOTS:
    void initTestCase();
    void a_tpm_key_signs_a_sheet_that_verifies();
    void without_the_tpm_nothing_is_signed();
    void cleanupTestCase();
};

void TestTpmSigning::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("swtpm")).isEmpty(),
             "swtpm is not installed (scripts/setup-debian.sh installs it)");
    QVERIFY(m_dir.isValid());
    // OpenSSL with the TPM's provider beside the default one, as in /etc/ssl/openssl.cnf on a terminal.
    QFile config(path("openssl.cnf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("openssl_conf = openssl_init\n[openssl_init]\nproviders = "
                 "provider_sect\n[provider_sect]\ndefault = default_sect\n"
                 "tpm2 = tpm2_sect\n[default_sect]\nactivate = 1\n[tpm2_sect]\nactivate = 1\n");
    config.close();
    QVERIFY(QDir().mkpath(path("tpm-state")));
    m_port = 24000 + int(QCoreApplication::applicationPid() % 2000) * 2;
    m_swtpm.start(QStringLiteral("swtpm"),
                  {QStringLiteral("socket"), QStringLiteral("--tpm2"), QStringLiteral("--server"),
                   QStringLiteral("type=tcp,port=%1,bindaddr=127.0.0.1").arg(m_port),
                   QStringLiteral("--ctrl"),
                   QStringLiteral("type=tcp,port=%1,bindaddr=127.0.0.1").arg(m_port + 1),
                   QStringLiteral("--tpmstate"), QStringLiteral("dir=%1").arg(path("tpm-state")),
                   QStringLiteral("--flags"), QStringLiteral("not-need-init,startup-clear")});
    QVERIFY2(m_swtpm.waitForStarted(), qPrintable(m_swtpm.errorString()));
    // The key is made inside the TPM; the file holds it wrapped by the TPM's storage key (TSS2).
    // While swtpm is still starting, openssl falls back to a plain key: made again until it is the TPM's.
    const auto tpmKey = [&] {
        QFile file(path("tpm.key"));
        return file.open(QIODevice::ReadOnly) &&
               file.readAll().startsWith("-----BEGIN TSS2 PRIVATE KEY-----");
    };
    Run made;
    for (int attempt = 0; attempt < 50 && !tpmKey(); ++attempt) {
        QThread::msleep(100);
        made = run(QStringLiteral("openssl"),
                   {QStringLiteral("genpkey"), QStringLiteral("-propquery"), QStringLiteral("provider=tpm2"),
                    QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("group:P-256"), QStringLiteral("-out"), path("tpm.key")});
    }
    QVERIFY2(tpmKey(), qPrintable(made.output));
    QFile key(path("tpm.key"));
    QVERIFY(key.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const Run request = run(QStringLiteral("openssl"),
                            {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-propquery"),
                             QStringLiteral("?provider=tpm2"), QStringLiteral("-key"), path("tpm.key"),
                             QStringLiteral("-subj"), QStringLiteral("/CN=KIOSK-TPM"), QStringLiteral("-out"),
                             path("tpm.csr")});
    QVERIFY2(request.exitCode == 0, qPrintable(request.output));
    QFile extensions(path("terminal.ext"));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectKeyIdentifier = hash\nkeyUsage = critical, digitalSignature\n");
    extensions.close();
    const Run issued =
        run(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("tpm.csr"),
             QStringLiteral("-CA"), ResourceLocator::path(QStringLiteral("testpki/evidence-ca.pem")),
             QStringLiteral("-CAkey"), ResourceLocator::path(QStringLiteral("testpki/evidence-ca.key")),
             QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"), path("terminal.ext"),
             QStringLiteral("-out"), path("tpm.pem")});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.output));
    QVERIFY(QDir().mkpath(path("trust")));
    QVERIFY(QFile::copy(ResourceLocator::path(QStringLiteral("testpki/evidence-ca.pem")),
                        path("trust/evidence-ca.pem")));
    QVERIFY(QFile::copy(path("tpm.pem"), path("trust/tpm.pem")));
}

void TestTpmSigning::a_tpm_key_signs_a_sheet_that_verifies()
{
    const Run printed = print(path("sheet.pdf"));
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.output));
    const Run verified =
        run(ProgramPaths::verify(), {QStringLiteral("--scan"), path("sheet.pdf"), QStringLiteral("--trust"),
                                     path("trust"), QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
    QVERIFY2(verified.output.contains(QLatin1String("sheet.pdf: valid")) &&
                 verified.output.contains(QLatin1String("KIOSK-TPM")),
             qPrintable(verified.output));
}

void TestTpmSigning::without_the_tpm_nothing_is_signed()
{
    m_swtpm.kill();
    m_swtpm.waitForFinished();
    const Run printed = print(path("no-tpm.pdf"));
    QCOMPARE(printed.exitCode, 4);
    QVERIFY2(printed.output.contains(QLatin1String("signing key")), qPrintable(printed.output));
    QVERIFY(!QFile::exists(path("no-tpm.pdf")));
}

void TestTpmSigning::cleanupTestCase()
{
    m_swtpm.kill();
    m_swtpm.waitForFinished();
}

QTEST_GUILESS_MAIN(TestTpmSigning)
#include "tst_TpmSigning.moc"
