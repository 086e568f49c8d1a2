#include "core/reader/SimBackend.h"
#include "core/sim/SimFiles.h"
#include "core/sim/VirtualCard.h"
#include "tests/support/ScriptedResponder.h"

#include <QTest>

using namespace madoguchi;

namespace {

const QByteArray kAtrExtended = QByteArray::fromHex("3BDA13FF8131FB468012392F31C173C601C03B");
const QByteArray kAtrShortOnly = QByteArray::fromHex("3BC5FF8131FB458073C6010000");
const QByteArray kAtrSilent = QByteArray::fromHex("3BE000FF8131FE4514");
const QByteArray kAid = QByteArray::fromHex("A0000002471001");

// A BER-TLV file of exactly `total` bytes (header included), followed by `filler` bytes of 00.
QByteArray tlvFile(qsizetype total, qsizetype filler = 0)
{
    const qsizetype header = total < 2 + 0x80 ? 2 : total < 3 + 0x100 ? 3 : 4;
    QByteArray value(total - header, Qt::Uninitialized);
    for (qsizetype i = 0; i < value.size(); ++i)
        value[i] = char(i * 7 + 3);
    QByteArray file = SimFiles::tlv(0x75, value);
    Q_ASSERT(file.size() == total);
    return file + QByteArray(filler, '\0');
}

} // namespace

class TestFileReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CardChannel> channelTo(const QByteArray& atr, bool cardExtended, const ElementaryFile& file, const SimQuirks& quirks = {});
    SimBackend m_backend;

private Q_SLOTS:
    void twenty_kb_with_and_without_extended_length_data();
    void twenty_kb_with_and_without_extended_length();
    void unknown_support_falls_back_once_and_remembers();
    void filler_is_not_read();
    void sfi_form_then_offsets();
    void offsets_past_32767_use_odd_ins();
    void whole_file_mode_reads_to_the_end();
    void refusals_are_errors_with_the_status_word();
    void hostile_headers();
    void short_answers_are_not_the_end_of_the_file_data();
    void short_answers_are_not_the_end_of_the_file();
    void an_early_end_is_damage();
    void a_refused_read_size_steps_down_and_is_remembered();
};

std::unique_ptr<CardChannel> TestFileReader::channelTo(const QByteArray& atr, bool cardExtended, const ElementaryFile& file, const SimQuirks& quirks)
{
    VirtualCard::Options options;
    options.extendedLength = cardExtended;
    options.quirks = quirks;
    auto card = std::make_shared<VirtualCard>(atr, DedicatedFile(), options);
    DedicatedFile df(kAid);
    df.addFile(file);
    card->addApplication(std::move(df));
    m_backend.insertCard(QStringLiteral("r"), card);
    auto channel = m_backend.connectCard(QStringLiteral("r"));
    if (!channel)
        return nullptr;
    if (!channel.value()->transmit(CommandApdu(0x00, 0xA4, 0x04, 0x0C, kAid))->isSuccess())
        return nullptr;
    return std::move(channel).value();
}

void TestFileReader::twenty_kb_with_and_without_extended_length_data()
{
    QTest::addColumn<QByteArray>("atr");
    QTest::addColumn<bool>("cardExtended");
    QTest::addColumn<int>("apdus");
    // SELECT AID + SELECT EF are the first two exchanges in every row.
    QTest::newRow("extended length: one READ") << kAtrExtended << true << 2 + 1;
    // Short APDUs read 255 bytes at a time (Le FF, mynumber.md §10.5): ceil(20480 / 255) = 81.
    QTest::newRow("short only: 20480 / 255 → 81 READs") << kAtrShortOnly << false << 2 + 81;
    QTest::newRow("support unknown, card refuses: 6700 then 81 READs") << kAtrSilent << false << 2 + 1 + 81;
    QTest::newRow("support unknown, card accepts: one READ") << kAtrSilent << true << 2 + 1;
}

void TestFileReader::twenty_kb_with_and_without_extended_length()
{
    QFETCH(QByteArray, atr);
    QFETCH(bool, cardExtended);
    QFETCH(int, apdus);
    const QByteArray content = tlvFile(20480);
    auto channel = channelTo(atr, cardExtended, {0x0102, 0x02, content, {}});
    QVERIFY(channel);
    const auto read = channel->readFile(FileRef::fid(0x0102));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().describe()));
    QCOMPARE(read->size(), content.size());
    QCOMPARE(*read, content);
    QCOMPARE(channel->stats().apdus(), apdus);
}

void TestFileReader::unknown_support_falls_back_once_and_remembers()
{
    auto channel = channelTo(kAtrSilent, false, {0x0102, 0x02, tlvFile(600), {}});
    QVERIFY(channel->readFile(FileRef::fid(0x0102)).ok());
    QCOMPARE(channel->extendedLength(), CardChannel::ExtendedLength::Unsupported);
    const int before = channel->stats().apdus();
    QVERIFY(channel->readFile(FileRef::fid(0x0102)).ok());
    QCOMPARE(channel->stats().apdus() - before, 1 + 3);  // SELECT EF + 600/256 rounded up, no second 6700
}

void TestFileReader::filler_is_not_read()
{
    // mynumber.md §10.4: EFs are longer than their TLV; size comes from the header.
    const QByteArray content = tlvFile(300, 700);
    auto channel = channelTo(kAtrShortOnly, false, {0x0002, 0x02, content, {}});
    const auto read = channel->readFile(FileRef::fid(0x0002));
    QVERIFY(read.ok());
    QCOMPARE(*read, content.left(300));
    QCOMPARE(channel->stats().apdus(), 2 + 2);  // 256 + 44
}

void TestFileReader::sfi_form_then_offsets()
{
    const QByteArray content = tlvFile(600);
    auto card = std::make_shared<ScriptedResponder>(kAtrShortOnly);
    // READ BINARY with SFI 5 (P1 85) at 0, then P1-P2 offsets on the now-current EF; 255 bytes a
    // read (Le FF, mynumber.md §10.5).
    card->expect("00B08500FF", content.left(255).toHex() + "9000");
    card->expect("00B000FFFF", content.mid(255, 255).toHex() + "9000");
    card->expect("00B001FE5A", content.mid(510).toHex() + "9000");
    m_backend.insertCard(QStringLiteral("s"), card);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("s"))).value();
    const auto read = channel->readFile(FileRef::sfi(5));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().describe()));
    QCOMPARE(*read, content);
    QVERIFY(card->allConsumed());
}

void TestFileReader::offsets_past_32767_use_odd_ins()
{
    // passport.md §2: P1-P2 reaches 7FFF; beyond that B1 with DO54.
    const QByteArray content = tlvFile(40000);
    auto channel = channelTo(kAtrShortOnly, false, {0x0102, 0x02, content, {}});
    const auto read = channel->readFile(FileRef::fid(0x0102));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().describe()));
    QCOMPARE(*read, content);
    // 129 plain reads of 255 bytes reach 32895 (past 7FFF); the remaining 7105 bytes come 251 at a
    // time in B1 answers (53 81 FB header within Le FF).
    QCOMPARE(channel->stats().apdus(), 2 + 129 + (7105 + 250) / 251);
}

void TestFileReader::whole_file_mode_reads_to_the_end()
{
    const QByteArray content(700, 'z');  // not a TLV
    auto channel = channelTo(kAtrShortOnly, false, {0x0011, 0x11, content, {}});
    FileReader::Options options;
    options.length = FileReader::Options::Length::WholeFile;
    const auto read = channel->readFile(FileRef::fid(0x0011), options);
    QVERIFY(read.ok());
    QCOMPARE(*read, content);
    // 256 + 256 + 188, then 6B00: a short answer is not the end of a whole file, the card says it.
    QCOMPARE(channel->stats().apdus(), 2 + 4);

    const QByteArray exact(512, 'y');  // ends on a chunk boundary: the card answers 6B00 next
    auto second = channelTo(kAtrShortOnly, false, {0x0012, 0x12, exact, {}});
    const auto read2 = second->readFile(FileRef::fid(0x0012), options);
    QVERIFY(read2.ok());
    QCOMPARE(*read2, exact);
}

void TestFileReader::refusals_are_errors_with_the_status_word()
{
    auto channel = channelTo(kAtrShortOnly, false, {0x0001, 0x01, tlvFile(20), {0x0011}});
    const auto protectedRead = channel->readFile(FileRef::fid(0x0001));
    QVERIFY(!protectedRead.ok());
    QCOMPARE(protectedRead.error().kind(), ReaderError::Kind::CardRefused);
    QCOMPARE(protectedRead.error().statusWord().value(), quint16(0x6982));
    const auto missing = channel->readFile(FileRef::fid(0x0999));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().statusWord().value(), quint16(0x6A82));
}

void TestFileReader::hostile_headers()
{
    // Header announces more than the file holds.
    QByteArray shortFile = QByteArray::fromHex("758203E8") + QByteArray(100, 'a');
    auto channel = channelTo(kAtrShortOnly, false, {0x0101, 0x01, shortFile, {}});
    auto read = channel->readFile(FileRef::fid(0x0101));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), ReaderError::Kind::Malformed);

    // Header announces 16 MB: refused before reading on.
    QByteArray huge = QByteArray::fromHex("7583FFFFFF") + QByteArray(300, 'a');
    channel = channelTo(kAtrShortOnly, false, {0x0101, 0x01, huge, {}});
    read = channel->readFile(FileRef::fid(0x0101));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), ReaderError::Kind::Malformed);
    QCOMPARE(channel->stats().apdus(), 2 + 1);

    // Indefinite length.
    channel = channelTo(kAtrShortOnly, false, {0x0101, 0x01, QByteArray::fromHex("7580AABB0000"), {}});
    QCOMPARE(channel->readFile(FileRef::fid(0x0101)).error().kind(), ReaderError::Kind::Malformed);

    // A card that answers more bytes than asked for.
    auto liar = std::make_shared<ScriptedResponder>(kAtrShortOnly);
    liar->expect("00B00000FF", QByteArray(256, 'x').toHex() + "9000");
    m_backend.insertCard(QStringLiteral("liar"), liar);
    auto liarChannel = std::move(m_backend.connectCard(QStringLiteral("liar"))).value();
    QCOMPARE(liarChannel->readFile(FileRef::current()).error().kind(), ReaderError::Kind::Malformed);
}

void TestFileReader::short_answers_are_not_the_end_of_the_file_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<bool>("eofWarning");
    QTest::addColumn<int>("apdus");
    // A 934-byte file (a My Number text-AP file's size) on short APDUs: 4 reads of 256 at most.
    QTest::newRow("full answers") << 0 << false << 4;
    QTest::newRow("answers of 255 (contactless reader paths)") << 255 << false << 4;
    QTest::newRow("answers of 160") << 160 << false << 6;
    QTest::newRow("answers of 100, 6282 at the end") << 100 << true << 10;
}

void TestFileReader::short_answers_are_not_the_end_of_the_file()
{
    QFETCH(int, cap);
    QFETCH(bool, eofWarning);
    QFETCH(int, apdus);
    const QByteArray content = tlvFile(934);
    SimQuirks quirks;
    quirks.answerCap = cap;
    quirks.endOfFileWarning = eofWarning;
    auto channel = channelTo(kAtrShortOnly, false, {0x0101, 0x01, content, {}}, quirks);
    QVERIFY(channel);
    const int before = channel->stats().apdus();
    const auto read = FileReader(*channel).read(FileRef::fid(0x0101));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().describe()));
    QCOMPARE(*read, content);
    QCOMPARE(channel->stats().apdus() - before, 1 + apdus);  // SELECT + reads
}

void TestFileReader::an_early_end_is_damage()
{
    // The header announces 934 bytes; the card says the file ends after 510 (6282).
    auto card = std::make_shared<ScriptedResponder>();
    const QByteArray content = tlvFile(934);
    card->expect("00A4020C020101", "9000");
    card->expect("", content.left(255).toHex() + "9000");
    card->expect("", content.mid(255, 255).toHex() + "6282");
    m_backend.insertCard(QStringLiteral("r"), card);
    auto channel = std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    channel->setExtendedLength(CardChannel::ExtendedLength::Unsupported);
    const auto read = FileReader(*channel).read(FileRef::fid(0x0101));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), ReaderError::Kind::Malformed);
    QVERIFY(read.error().detail().contains("510"));
    QVERIFY(card->allConsumed());
}

void TestFileReader::a_refused_read_size_steps_down_and_is_remembered()
{
    // A chip that answers 6700 to any read of more than 160 bytes, even in short APDUs.
    const QByteArray content = tlvFile(1000);
    SimQuirks quirks;
    quirks.largestRead = 160;
    auto channel = channelTo(kAtrShortOnly, false, {0x0101, 0x01, content, {}}, quirks);
    QVERIFY(channel);
    int before = channel->stats().apdus();
    auto read = FileReader(*channel).read(FileRef::fid(0x0101));
    QVERIFY(read.ok());
    QCOMPARE(*read, content);
    QCOMPARE(channel->stats().apdus() - before, 1 + 1 + 7);  // SELECT, the refused read of 256, 7 reads of 160
    QCOMPARE(channel->maxLe(), 160);
    // The next file starts at the size the card took: no refusal.
    before = channel->stats().apdus();
    read = FileReader(*channel).read(FileRef::fid(0x0101));
    QVERIFY(read.ok());
    QCOMPARE(channel->stats().apdus() - before, 1 + 7);
    // A card that refuses every size the reader tries: a clear error, after the few steps down.
    quirks.largestRead = 32;
    channel = channelTo(kAtrShortOnly, false, {0x0101, 0x01, content, {}}, quirks);
    before = channel->stats().apdus();
    read = FileReader(*channel).read(FileRef::fid(0x0101));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().statusWord(), StatusWord(StatusWord::kWrongLength));
    QCOMPARE(channel->stats().apdus() - before, 1 + 4);  // 256, 160, 128, 64
}

QTEST_GUILESS_MAIN(TestFileReader)
#include "tst_FileReader.moc"
