// The real stack: pcscd + vsmartcard-vpcd + madoguchi-cardsim, reached through pcsc-lite by
// PcscBackend and by the madoguchi-read program.

#include "core/cards/SelectByName.h"
#include "core/cards/mynumber/MyNumberCard.h"
#include "core/cards/read/CardDetector.h"
#include "core/reader/PcscBackend.h"
#include "tests/support/PcscStack.h"
#include "tests/support/ProgramPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace madoguchi;

namespace {

constexpr quint16 kPort = 35990;  // not vpcd's default 35963: a demo card there stays out of the tests

struct Run
{
    int exitCode;
    QByteArray out;
    QByteArray err;
};

Run runRead(const QStringList& args)
{
    QProcess process;
    process.start(ProgramPaths::read(), args);
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

bool waitForCard(ReaderBackend& backend, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const auto readers = backend.listReaders();
        if (readers)
            for (const ReaderInfo& reader : *readers)
                if (reader.name == PcscStack::readerName() && reader.hasCard)
                    return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestPcscStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void card_is_seen_and_read();
    void extended_length_passes_through_vpcd();
    void card_removal_is_reported();
    void madoguchi_read_reports_reader_atr_and_link();
    void pcscd_stopped_and_started_again();

private:
    std::unique_ptr<PcscStack> m_stack;
};

void TestPcscStack::init()
{
    m_stack = std::make_unique<PcscStack>(kPort);
    const QString error = m_stack->startPcscd();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPcscStack::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "pcscd log:\n" << m_stack->pcscdLog() << "\ncardsim log:\n" << m_stack->cardLog();
    m_stack.reset();
}

void TestPcscStack::card_is_seen_and_read()
{
    PcscBackend backend;
    QSignalSpy inserted(&backend, &ReaderBackend::cardInserted);
    backend.start();
    QVERIFY(m_stack->startCard(QStringLiteral("mynumber"), QStringLiteral("yamada-hanako")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!inserted.isEmpty(), 10000);
    QCOMPARE(inserted.first().at(0).toString(), PcscStack::readerName());
    QCOMPARE(inserted.first().at(1).toByteArray().toHex().toUpper(), QByteArray("3BDA13FF8131FB468012392F31C173C601C03B"));

    auto channel = backend.connectCard(PcscStack::readerName());
    QVERIFY2(channel.ok(), qPrintable(channel.ok() ? QString() : channel.error().describe()));
    CardChannel& card = **channel;
    const auto detection = CardDetector(card).detect();
    QVERIFY(detection.ok());
    QCOMPARE(detection->type, DocumentType::MyNumber);
    // JPKI token info (mynumber.md §5): a free 160-byte file, not a TLV. Detection ends in another
    // application: select JPKI again.
    QVERIFY(SelectByName::require(card, MyNumberCard::kJpkiAid).ok());
    FileReader::Options whole;
    whole.length = FileReader::Options::Length::WholeFile;
    const auto token = card.readFile(FileRef::sfi(0x06), whole);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().describe()));
    QCOMPARE(token->size(), 160);
    QVERIFY(token->startsWith("JPKIAPICCTOKEN2"));
    // The auth PIN's retry counter, read without using a try.
    const auto tries = card.transmit(CommandApdu(0x00, 0x20, 0x00, 0x98));
    QVERIFY(tries.ok());
    QCOMPARE(tries->sw().triesLeft(), std::optional<int>(3));
    // Detection (6), SELECT JPKI, the token read whole (to its end status), the query.
    QCOMPARE(card.stats().apdus(), 6 + 1 + 2 + 1);
}

void TestPcscStack::extended_length_passes_through_vpcd()
{
    PcscBackend backend;
    QVERIFY(m_stack->startCard(QStringLiteral("mynumber"), QStringLiteral("yamada-hanako")).isEmpty());
    QVERIFY(waitForCard(backend));
    auto channel = backend.connectCard(PcscStack::readerName());
    QVERIFY(channel.ok());
    CardChannel& card = **channel;
    QCOMPARE(card.extendedLength(), CardChannel::ExtendedLength::Supported);
    QVERIFY(card.transmit(CommandApdu(0x00, 0xA4, 0x04, 0x0C, QByteArray::fromHex("D3921000310001010408")))->isSuccess());
    QVERIFY(card.transmit(CommandApdu(0x00, 0x20, 0x00, 0x91, QByteArrayLiteral("1234")))->isSuccess());
    const auto extended = card.transmit(CommandApdu(0x00, 0xB0, 0x82, 0x00, {}, 65536));
    QVERIFY(extended.ok());
    QVERIFY(extended->isSuccess());
    QCOMPARE(extended->data().size(), 256);  // the whole EF, filler included, in one command
    QVERIFY(extended->data().startsWith(QByteArray::fromHex("FF20")));
}

void TestPcscStack::card_removal_is_reported()
{
    PcscBackend backend;
    QSignalSpy removed(&backend, &ReaderBackend::cardRemoved);
    backend.start();
    QVERIFY(m_stack->startCard(QStringLiteral("licence"), QStringLiteral("yamada-hanako")).isEmpty());
    QVERIFY(waitForCard(backend));
    auto channel = backend.connectCard(PcscStack::readerName());
    QVERIFY(channel.ok());
    QCOMPARE(CardDetector(**channel).detect()->type, DocumentType::Licence);
    m_stack->stopCard();  // the card leaves the reader
    QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 10000);
    const auto after = (*channel)->transmit(CommandApdu(0x00, 0xA4, 0x00, 0x00));
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind(), ReaderError::Kind::CardRemoved);
    QVERIFY(!after.error().message().isEmpty());
}

void TestPcscStack::madoguchi_read_reports_reader_atr_and_link()
{
    QVERIFY(m_stack->startCard(QStringLiteral("passport"), QStringLiteral("yamada-hanako")).isEmpty());
    PcscBackend backend;
    QVERIFY(waitForCard(backend));
    const Run run = runRead({QStringLiteral("--json"), QStringLiteral("--reader"), QStringLiteral("Virtual PCD 00 00")});
    QVERIFY2(run.exitCode == 1, run.err.constData());  // read, but nothing verified yet
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("reader")).toString(), PcscStack::readerName());
    // PC/SC part 3 contactless ATR of the virtual passport: 3B 88 80 01, 8 historical bytes, TCK.
    QCOMPARE(report.value(QLatin1String("atr")).toString(), QStringLiteral("3B8880010000000000B381D1EA"));
    QCOMPARE(report.value(QLatin1String("document")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("passport"));
    const QJsonObject link = report.value(QLatin1String("link")).toObject();
    QCOMPARE(link.value(QLatin1String("apdus")).toInt(), 5);
    QVERIFY(link.value(QLatin1String("bytesSent")).toInt() > 0);
    QCOMPARE(link.value(QLatin1String("bytesReceived")).toInt(), 10);
    QCOMPARE(report.value(QLatin1String("verification")).toObject().value(QLatin1String("verdict")).toString(),
             QStringLiteral("unverified"));

    // pcsc_scan, an independent PC/SC program, sees the same reader and card.
    QProcess scan;
    scan.start(QStringLiteral("pcsc_scan"), {QStringLiteral("-r")});
    QVERIFY(scan.waitForFinished(10000));
    QVERIFY(scan.readAllStandardOutput().contains("Virtual PCD 00 00"));
}

void TestPcscStack::pcscd_stopped_and_started_again()
{
    PcscBackend backend;
    QSignalSpy failed(&backend, &ReaderBackend::serviceFailed);
    QSignalSpy restored(&backend, &ReaderBackend::serviceRestored);
    backend.start();
    QVERIFY(m_stack->startCard(QStringLiteral("residence"), QStringLiteral("tran-thi-mai")).isEmpty());
    QVERIFY(waitForCard(backend));

    m_stack->stopPcscd();
    const auto down = backend.listReaders();
    QVERIFY(!down.ok());
    QCOMPARE(down.error().kind(), ReaderError::Kind::ServiceUnavailable);
    QVERIFY(down.error().message().contains(QLatin1String("pcscd")));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
    const Run cli = runRead({QStringLiteral("--json"), QStringLiteral("--wait"), QStringLiteral("0")});
    QCOMPARE(cli.exitCode, 3);
    QVERIFY(cli.err.contains("pcscd"));
    QVERIFY(cli.out.isEmpty());

    const QString error = m_stack->startPcscd();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The same backend instance: it establishes a new context by itself; the card comes back with vpcd.
    QVERIFY(waitForCard(backend, 15000));
    QTRY_VERIFY_WITH_TIMEOUT(!restored.isEmpty(), 5000);
    auto channel = backend.connectCard(PcscStack::readerName());
    QVERIFY2(channel.ok(), qPrintable(channel.ok() ? QString() : channel.error().describe()));
    QCOMPARE(CardDetector(**channel).detect()->type, DocumentType::Residence);
}

QTEST_GUILESS_MAIN(TestPcscStack)
#include "tst_PcscStack.moc"
