#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/sim/MyNumberSim.h"

#include <QTest>

using namespace madoguchi;

class TestMyNumberSim : public QObject
{
    Q_OBJECT

private:
    QByteArray exchange(const char* hex) { return m_card->respond(QByteArray::fromHex(hex)); }
    std::unique_ptr<VirtualCard> m_card;

private Q_SLOTS:
    void init();
    void collation_b_matches_the_spec_example();
    void my_number_file_is_17_bytes();
    void basic_four_offsets_point_at_their_tags();
    void collation_a_opens_0001_but_not_0002();
    void jpki_free_files();
};

void TestMyNumberSim::init()
{
    auto persona = Persona::load(QStringLiteral("yamada-hanako"));
    QVERIFY2(persona.ok(), qPrintable(persona.ok() ? QString() : persona.error()));
    m_card = MyNumberSim::build(*persona, SimCardOptions());
}

void TestMyNumberSim::collation_b_matches_the_spec_example()
{
    // mynumber.md §4.3: 1980-02-17 (昭和55) + 2035 + 2285 → 55021720352285, on both APs.
    exchange("00A4040C0AD3921000310001010402");
    QCOMPARE(exchange("00200092"), QByteArray::fromHex("63CA"));
    QCOMPARE(exchange("00200092" "0E" "3535303231373230333532323835"), QByteArray::fromHex("9000"));
    QCOMPARE(exchange("00200091" "06" "353530323137"), QByteArray::fromHex("9000"));  // 生年月日 key, 和暦 YYMMDD
    exchange("00A4040C0AD3921000310001010408");
    QCOMPARE(exchange("00200095" "0E" "3535303231373230333532323835"), QByteArray::fromHex("9000"));
}

void TestMyNumberSim::my_number_file_is_17_bytes()
{
    exchange("00A4040C0AD3921000310001010408");
    QCOMPARE(exchange("002000910431323334"), QByteArray::fromHex("9000"));
    // mynumber.md §3.2: FF 10 0C + 12 digits + FF FF.
    QCOMPARE(exchange("00B0810000"), QByteArray::fromHex("FF100C") + QByteArrayLiteral("123456789018")
                                         + QByteArray::fromHex("FFFF9000"));
}

void TestMyNumberSim::basic_four_offsets_point_at_their_tags()
{
    exchange("00A4040C0AD3921000310001010408");
    exchange("002000910431323334");
    QByteArray file = exchange("00B0820000");
    QCOMPARE(file.right(2), QByteArray::fromHex("9000"));
    file.chop(2);
    const auto outer = BerTlv::parse(file);
    QVERIFY(outer.ok());
    QCOMPARE(outer->tag(), 0xFF20u);
    QVERIFY(file.mid(outer->encoded().size()).count(char(0xFF)) == file.size() - outer->encoded().size());
    auto children = outer->children();
    const auto table = children.next();
    QCOMPARE(table->tag(), 0xDF21u);
    QCOMPARE(table->value().size(), 8);
    const quint16 expected[] = {0xDF22, 0xDF23, 0xDF24, 0xDF25};
    for (int i = 0; i < 4; ++i) {
        const int offset = (quint8(table->value()[2 * i]) << 8) | quint8(table->value()[2 * i + 1]);
        const auto item = BerTlv::parse(QByteArrayView(file).sliced(offset));
        QVERIFY(item.ok());
        QCOMPARE(item->tag(), quint32(expected[i]));
    }
    QCOMPARE(QString::fromUtf8(children.find(0xDF22)->value()), QStringLiteral("山田　花子"));
    QCOMPARE(children.find(0xDF24)->value(), QByteArrayView("19800217"));
    QCOMPARE(children.find(0xDF25)->value(), QByteArrayView("2"));
}

void TestMyNumberSim::collation_a_opens_0001_but_not_0002()
{
    // mynumber.md §3.1: A opens 0001 but not 0002.
    exchange("00A4040C0AD3921000310001010408");
    QCOMPARE(exchange("00200094" "0C" "313233343536373839303138"), QByteArray::fromHex("9000"));
    QCOMPARE(exchange("00B0810000").right(2), QByteArray::fromHex("9000"));
    QCOMPARE(exchange("00B0820000"), QByteArray::fromHex("6982"));
}

void TestMyNumberSim::jpki_free_files()
{
    QCOMPARE(exchange("00A4040C0AD392F000260100000001"), QByteArray::fromHex("9000"));
    QCOMPARE(exchange("00B0880003"), QByteArray::fromHex("8F8F009000"));
    QVERIFY(exchange("00B0860000").startsWith("JPKIAPICCTOKEN2 "));
    QCOMPARE(exchange("00200098"), QByteArray::fromHex("63C3"));  // auth PIN, 3 tries
    QCOMPARE(exchange("0020009B"), QByteArray::fromHex("63C5"));  // sign password, 5 tries
}

QTEST_MAIN(TestMyNumberSim)
#include "tst_MyNumberSim.moc"
