// A session's forms printed through a real CUPS server to a cups-pdf queue: the pages arrive with
// the customer's data, the job is named neutrally, the spool keeps no job file, and the copy that
// Qt's CUPS engine writes before handing it to CUPS stays in memory.

#include "core/base/ResourceLocator.h"
#include "core/forms/FormLibrary.h"
#include "core/forms/FormFiller.h"
#include "core/forms/FormPrinter.h"
#include "core/forms/QrCode.h"
#include "core/session/ProcessHardening.h"
#include "core/sim/PersonaRecord.h"
#include "tests/support/CupsStack.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace madoguchi;

class TestCupsPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void one_neutral_job_with_every_page();
    void the_documents_copy_stays_in_memory();

private:
    CupsStack m_cups;
    QList<FormPage> sessionPages() const;
};

void TestCupsPrint::initTestCase()
{
    const QString error = m_cups.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QList<FormPage> TestCupsPrint::sessionPages() const
{
    const auto purposes = PurposeCatalog::load(ResourceLocator::path("purposes.json")).value();
    const auto library = FormLibrary::load(ResourceLocator::path("forms")).value();
    const Persona persona = Persona::load("yamada-hanako").value();
    const IdentityRecord record = PersonaRecord::from(persona, DocumentType::MyNumber);
    Verification v;
    v.add("text-signature", Verification::Result::Pass);
    const EvidenceRecord evidence(record, v, {"op-1", "term-1", "転入", QDateTime::currentDateTime(), "ja"});
    return library.pagesFor(*purposes.find("tennyu"), record, evidence, "ja");
}

void TestCupsPrint::one_neutral_job_with_every_page()
{
    const QList<FormPage> pages = sessionPages();
    QCOMPARE(pages.size(), 2);

    const QDir out(CupsStack::outputDir());
    const QStringList before = out.entryList({"*.pdf"}, QDir::Files);
    const auto printed = FormPrinter::print(pages, CupsStack::kQueue);
    QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error()));

    QStringList added;
    QTRY_VERIFY_WITH_TIMEOUT((added = QDir(CupsStack::outputDir()).entryList({"*.pdf"}, QDir::Files), added.size() > before.size()), 60000);
    for (const QString& name : before)
        added.removeAll(name);
    QCOMPARE(added.size(), 1);  // one job for the session
    const QString pdf = out.filePath(added.first());
    // cups-pdf names the file after the job title: neutral, never the customer.
    QVERIFY2(added.first().startsWith(QLatin1String(FormPrinter::kJobName)), qPrintable(added.first()));
    QVERIFY(!added.first().contains("YAMADA", Qt::CaseInsensitive));

    // cups-pdf writes the file while it converts: wait until it is a whole two-page PDF.
    const auto pdfInfo = [&pdf] {
        QProcess info;
        info.start("pdfinfo", {pdf});
        info.waitForFinished(10000);
        return QString::fromUtf8(info.readAllStandardOutput());
    };
    QTRY_VERIFY_WITH_TIMEOUT(pdfInfo().contains(QRegularExpression("Pages:\\s+2\\n")), 30000);
    // cups-pdf redistills through Ghostscript (Type 3 fonts, no text map): read each printed page's
    // QR code instead, which carries what was filled in.
    QTemporaryDir images;
    QProcess raster;
    raster.start("pdftoppm", {"-r", "200", "-png", pdf, images.filePath("page")});
    QVERIFY(raster.waitForFinished(60000));
    const QStringList pngs = QDir(images.path()).entryList({"page*.png"}, QDir::Files, QDir::Name);
    QCOMPARE(pngs.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto decoded = QrCode::decode(QImage(images.filePath(pngs[i])));
        QVERIFY2(decoded, qPrintable(pngs[i]));
        QCOMPARE(*decoded, FormFiller::qrPayload(pages[i].form, pages[i].data));
    }
    QVERIFY(FormFiller::qrPayload(pages[0].form, pages[0].data).contains("山田　花子"));

    // CUPS's page log names the job neutrally; the spool keeps no document file.
    QTRY_VERIFY_WITH_TIMEOUT(!m_cups.pageLog().isEmpty(), 10000);
    QVERIFY(m_cups.pageLog().contains(QLatin1String(FormPrinter::kJobName)));
    QVERIFY(!m_cups.pageLog().contains("山田"));
    QVERIFY(QDir(m_cups.spoolDir()).entryList({"d*"}, QDir::Files).isEmpty());
    QFile::remove(pdf);
}

// Files created in `dir` while `action` runs, seen through inotify.
template <typename Action>
static int filesCreatedIn(const QString& dir, Action action)
{
    const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (watch < 0 || inotify_add_watch(watch, QFile::encodeName(dir).constData(), IN_CREATE) < 0)
        return -1;
    action();
    int created = 0;
    alignas(inotify_event) char buffer[4096];
    for (ssize_t n; (n = read(watch, buffer, sizeof buffer)) > 0;) {
        for (char* at = buffer; at < buffer + n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(at);
            created += (event->mask & IN_CREATE) ? 1 : 0;
            at += sizeof(inotify_event) + event->len;
        }
    }
    close(watch);
    return created;
}

void TestCupsPrint::the_documents_copy_stays_in_memory()
{
    const QList<FormPage> pages = sessionPages();
    // A directory on disk as TMPDIR, as /tmp is on a stock Debian.
    QTemporaryDir disk(QDir(QStringLiteral(MADOGUCHI_BINARY_DIR)).filePath("tmpdir-XXXXXX"));
    QVERIFY(disk.isValid());
    QVERIFY(!ProcessHardening::isInMemory(disk.path()));
    const QDir out(CupsStack::outputDir());
    const QStringList before = out.entryList({"*.pdf"}, QDir::Files);
    const qsizetype jobsBefore = m_cups.pageLog().count(QLatin1Char('\n'));
    const QByteArray savedTmpdir = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(disk.path()));

    // Positive control: unprotected, Qt's CUPS engine writes the filled-in document to TMPDIR.
    const int unprotected = filesCreatedIn(disk.path(), [&] { QVERIFY(FormPrinter::print(pages, CupsStack::kQueue).ok()); });
    QVERIFY2(unprotected >= 1, "the print engine wrote no temporary file: the control does not hold");

    const QString memory = ProcessHardening::keepTemporaryFilesInMemory({disk.path(), QStringLiteral("/dev/shm")});
    QCOMPARE(memory, QStringLiteral("/dev/shm"));  // the disk directory is passed over
    QVERIFY(ProcessHardening::isInMemory(memory));
    int inMemory = 0;
    const int protectedOnDisk = filesCreatedIn(disk.path(), [&] {
        inMemory = filesCreatedIn(memory, [&] { QVERIFY(FormPrinter::print(pages, CupsStack::kQueue).ok()); });
    });
    QCOMPARE(protectedOnDisk, 0);
    QVERIFY(inMemory >= 1);
    qputenv("TMPDIR", savedTmpdir);

    // Both jobs are printed (cups-pdf gives them one file name); their PDF is removed like the first test's.
    QTRY_VERIFY_WITH_TIMEOUT(m_cups.pageLog().count(QLatin1Char('\n')) >= jobsBefore + 2, 60000);
    for (const QString& name : out.entryList({"*.pdf"}, QDir::Files)) {
        if (!before.contains(name))
            QFile::remove(out.filePath(name));
    }
}

QTEST_MAIN(TestCupsPrint)
#include "tst_CupsPrint.moc"
