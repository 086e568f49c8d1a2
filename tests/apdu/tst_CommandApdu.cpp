#include "core/apdu/CommandApdu.h"

#include <QTest>

using namespace madoguchi;

class TestCommandApdu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodes_data();
    void encodes();
    void parses_what_it_encodes_data();
    void parses_what_it_encodes();
    void rejects_inconsistent_lengths_data();
    void rejects_inconsistent_lengths();
    void header_hides_data();
    void validity_bounds();
};

void TestCommandApdu::encodes_data()
{
    QTest::addColumn<CommandApdu>("command");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray aid = QByteArray::fromHex("D392F000260100000001");
    const QByteArray big(300, 'x');
    // ISO/IEC 7816-3 §12.1.3 cases; examples from mynumber.md §1–§2.
    QTest::newRow("case 1 (retry query)") << CommandApdu(0x00, 0x20, 0x00, 0x80) << QByteArray::fromHex("00200080");
    QTest::newRow("case 2S Le=17") << CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 17) << QByteArray::fromHex("00B0000011");
    QTest::newRow("case 2S Le=256 is 00") << CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 256) << QByteArray::fromHex("00B0000000");
    QTest::newRow("case 2E Le=257") << CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 257) << QByteArray::fromHex("00B00000000101");
    QTest::newRow("case 2E Le=65536 is 0000") << CommandApdu(0x00, 0xB0, 0x80, 0x00, {}, 65536)
                                             << QByteArray::fromHex("00B08000000000");
    QTest::newRow("case 2E forced") << CommandApdu(0x00, 0xB0, 0x00, 0x04, {}, 0x061F, CommandApdu::Encoding::Extended)
                                    << QByteArray::fromHex("00B0000400061F");
    QTest::newRow("case 3S select AID") << CommandApdu(0x00, 0xA4, 0x04, 0x0C, aid)
                                        << QByteArray::fromHex("00A4040C0AD392F000260100000001");
    QTest::newRow("case 4S") << CommandApdu(0x80, 0x2A, 0x00, 0x80, QByteArray::fromHex("0102"), 256)
                             << QByteArray::fromHex("802A008002010200");
    QTest::newRow("case 3E Lc=300") << CommandApdu(0x00, 0xD6, 0x00, 0x00, big)
                                    << QByteArray::fromHex("00D6000000012C") + big;
    QTest::newRow("case 4E Lc=300 Le=65536") << CommandApdu(0x00, 0x2A, 0x9E, 0x9A, big, 65536)
                                             << QByteArray::fromHex("002A9E9A00012C") + big + QByteArray::fromHex("0000");
    QTest::newRow("case 4E forced small") << CommandApdu(0x08, 0xB0, 0x85, 0x00, QByteArray::fromHex("96020000"), 65536,
                                                         CommandApdu::Encoding::Extended)
                                          << QByteArray::fromHex("08B08500000004960200000000");
}

void TestCommandApdu::encodes()
{
    QFETCH(CommandApdu, command);
    QFETCH(QByteArray, expected);
    QCOMPARE(command.encode().toHex(), expected.toHex());
}

void TestCommandApdu::parses_what_it_encodes_data()
{
    encodes_data();
}

void TestCommandApdu::parses_what_it_encodes()
{
    QFETCH(CommandApdu, command);
    QFETCH(QByteArray, expected);
    const auto parsed = CommandApdu::parse(expected);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed->cla(), command.cla());
    QCOMPARE(parsed->ins(), command.ins());
    QCOMPARE(parsed->p1(), command.p1());
    QCOMPARE(parsed->p2(), command.p2());
    QCOMPARE(parsed->data(), command.data());
    QCOMPARE(parsed->le(), command.le());
    QCOMPARE(parsed->isExtended(), command.isExtended());
    QCOMPARE(parsed->isoCase(), command.isoCase());
    QCOMPARE(parsed->encode(), expected);
}

void TestCommandApdu::rejects_inconsistent_lengths_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("3 bytes") << QByteArray::fromHex("00A404");
    QTest::newRow("short Lc too big") << QByteArray::fromHex("00A4040C0A0102");
    QTest::newRow("short Lc one short of case 4") << QByteArray::fromHex("00A4040C02010203FF");
    QTest::newRow("extended, 2 body bytes") << QByteArray::fromHex("00B000000001");
    QTest::newRow("extended Lc 0") << QByteArray::fromHex("00B0000000000001");
    QTest::newRow("extended Lc overruns") << QByteArray::fromHex("00D60000000010AA");
    QTest::newRow("extended Lc plus 1") << QByteArray::fromHex("00D60000000001AABB");
}

void TestCommandApdu::rejects_inconsistent_lengths()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!CommandApdu::parse(bytes).ok());
}

void TestCommandApdu::header_hides_data()
{
    const CommandApdu verify(0x00, 0x20, 0x00, 0x91, QByteArrayLiteral("1234"));
    QCOMPARE(verify.header(), QStringLiteral("00 20 00 91 Lc=4"));
    QVERIFY(!verify.header().contains(QLatin1String("1234")));
    QCOMPARE(CommandApdu(0x00, 0xB0, 0x8A, 0x00, {}, 3).header(), QStringLiteral("00 B0 8A 00 Le=3"));
}

void TestCommandApdu::validity_bounds()
{
    QVERIFY(CommandApdu(0, 0xB0, 0, 0, {}, 65536).isValid());
    QVERIFY(!CommandApdu(0, 0xB0, 0, 0, {}, 65537).isValid());
    QVERIFY(!CommandApdu(0, 0xD6, 0, 0, QByteArray(65536, 'x')).isValid());
    QVERIFY(!CommandApdu(0, 0xB0, 0, 0, {}, 256).isExtended());
    QVERIFY(CommandApdu(0, 0xB0, 0, 0, {}, 257).isExtended());
}

QTEST_GUILESS_MAIN(TestCommandApdu)
#include "tst_CommandApdu.moc"
