#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"

#include <QTest>

using namespace madoguchi;

class TestBerTlv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_tags_and_lengths_data();
    void parses_tags_and_lengths();
    void nested_my_number_basic_four();
    void views_point_into_the_buffer();
    void malformed_input_is_an_error_data();
    void malformed_input_is_an_error();
    void filler_after_the_object();
    void find_skips_siblings_and_reports_absence();
    void header_gives_total_size();
    void every_prefix_of_valid_data_is_safe();
    void encode_round_trips();
};

void TestBerTlv::parses_tags_and_lengths_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint32>("tag");
    QTest::addColumn<int>("valueLength");
    QTest::addColumn<bool>("constructed");
    QTest::newRow("1-byte tag 45 (licence common data)") << QByteArray::fromHex("4502AABB") << 0x45u << 2 << false;
    QTest::newRow("5F1F MRZ") << QByteArray::fromHex("5F1F03414243") << 0x5F1Fu << 3 << false;
    QTest::newRow("7F61 biometric group") << QByteArray::fromHex("7F610102") << 0x7F61u << 1 << true;
    QTest::newRow("DF21 offsets") << QByteArray::fromHex("DF2108000E002000590064") << 0xDF21u << 8 << false;
    QTest::newRow("FF20 constructed") << QByteArray::fromHex("FF2000") << 0xFF20u << 0 << true;
    QTest::newRow("3-byte tag") << QByteArray::fromHex("5F8101" "01" "AA") << 0x5F8101u << 1 << false;
    QTest::newRow("81 length") << QByteArray::fromHex("53" "81" "80") + QByteArray(0x80, 'x') << 0x53u << 0x80 << false;
    QTest::newRow("82 length (DG2 style)") << QByteArray::fromHex("75820101") + QByteArray(0x101, 'x') << 0x75u << 0x101 << true;
    QTest::newRow("83 length") << QByteArray::fromHex("0483000102") + QByteArray(0x102, 'x') << 0x04u << 0x102 << false;
    QTest::newRow("non-minimal 82 length accepted") << QByteArray::fromHex("DB820003") + QByteArray(3, 'x') << 0xDBu << 3 << false;
}

void TestBerTlv::parses_tags_and_lengths()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint32, tag);
    QFETCH(int, valueLength);
    QFETCH(bool, constructed);
    const auto tlv = BerTlv::parse(bytes);
    QVERIFY2(tlv.ok(), qPrintable(tlv.ok() ? QString() : tlv.error().message()));
    QCOMPARE(tlv->tag(), tag);
    QCOMPARE(tlv->value().size(), valueLength);
    QCOMPARE(tlv->isConstructed(), constructed);
    QCOMPARE(tlv->encoded().size(), bytes.size());
}

void TestBerTlv::nested_my_number_basic_four()
{
    // mynumber.md §3.3 shape: FF20 { DF21 table, DF22 name, DF23 address, DF24 date, DF25 sex } + FF filler.
    const QByteArray name = QStringLiteral("山田　花子").toUtf8();
    QByteArray inner = QByteArray::fromHex("DF2108000E001E00280033");
    inner += QByteArray::fromHex("DF22") + char(name.size()) + name;
    inner += QByteArray::fromHex("DF2307") + QByteArrayLiteral("ADDRESS");
    inner += QByteArray::fromHex("DF2408") + QByteArrayLiteral("19800217");
    inner += QByteArray::fromHex("DF250132");
    const QByteArray file = QByteArray::fromHex("FF20") + char(inner.size()) + inner + QByteArray(20, char(0xFF));

    const auto outer = BerTlv::parse(file);
    QVERIFY(outer.ok());
    QCOMPARE(outer->tag(), 0xFF20u);
    BerTlvReader children = outer->children();
    QList<quint32> tags;
    while (!children.atEnd()) {
        const auto child = children.next();
        QVERIFY2(child.ok(), qPrintable(child.ok() ? QString() : child.error().message()));
        tags.append(child->tag());
        if (child->tag() == 0xDF22)
            QCOMPARE(QString::fromUtf8(child->value()), QStringLiteral("山田　花子"));
        if (child->tag() == 0xDF25)
            QCOMPARE(child->value(), QByteArrayView("2"));
    }
    QCOMPARE(tags, (QList<quint32>{0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25}));
    // Offsets reported are from the start of the outermost buffer.
    BerTlvReader again = outer->children();
    QCOMPARE(again.find(0xDF22)->offset(), 3 + 11);
}

void TestBerTlv::views_point_into_the_buffer()
{
    const QByteArray bytes = QByteArray::fromHex("6104" "5F1F01" "41");
    const auto tlv = BerTlv::parse(bytes);
    QVERIFY(tlv.ok());
    QCOMPARE(tlv->value().data(), bytes.constData() + 2);
    const auto mrz = tlv->children().next();
    QVERIFY(mrz.ok());
    QCOMPARE(mrz->value().data(), bytes.constData() + 5);
}

void TestBerTlv::malformed_input_is_an_error_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    using K = TlvError::Kind;
    QTest::newRow("empty") << QByteArray() << int(K::Truncated);
    QTest::newRow("tag only") << QByteArray::fromHex("5F") << int(K::Truncated);
    QTest::newRow("multi-byte tag cut") << QByteArray::fromHex("5F81") << int(K::Truncated);
    QTest::newRow("no length") << QByteArray::fromHex("DF21") << int(K::Truncated);
    QTest::newRow("non-minimal tag 80") << QByteArray::fromHex("5F8001") << int(K::MalformedTag);
    QTest::newRow("4-byte tag") << QByteArray::fromHex("5F81818101") << int(K::TagTooLong);
    QTest::newRow("indefinite length") << QByteArray::fromHex("308000") << int(K::IndefiniteLength);
    QTest::newRow("84 length") << QByteArray::fromHex("048400000001AA") << int(K::LengthTooLong);
    QTest::newRow("82 length cut") << QByteArray::fromHex("048201") << int(K::Truncated);
    QTest::newRow("value overruns by one") << QByteArray::fromHex("0403AABB") << int(K::ValueOverruns);
    QTest::newRow("overlong 82 FFFF") << QByteArray::fromHex("0482FFFF00") << int(K::ValueOverruns);
    QTest::newRow("overlong 83") << QByteArray::fromHex("0483FFFFFF00") << int(K::ValueOverruns);
}

void TestBerTlv::malformed_input_is_an_error()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    const auto tlv = BerTlv::parse(bytes);
    QVERIFY(!tlv.ok());
    QCOMPARE(int(tlv.error().kind()), kind);
    QVERIFY(!tlv.error().message().isEmpty());
}

void TestBerTlv::filler_after_the_object()
{
    const QByteArray bytes = QByteArray::fromHex("0101AA" "0201BB" "0000" "FFFF");
    BerTlvReader strict(bytes);
    strict.next();
    strict.next();
    QVERIFY(!strict.atEnd());
    QCOMPARE(strict.next()->tag(), 0x00u);  // "00 00": tag 00, length 0
    QCOMPARE(strict.next().error().kind(), TlvError::Kind::Truncated);  // "FF FF": a tag that never ends

    BerTlvReader zeroOnly(bytes, 0, BerTlvReader::Filler::Zero);
    zeroOnly.next();
    zeroOnly.next();
    QVERIFY(!zeroOnly.atEnd());

    BerTlvReader lenient(bytes, 0, BerTlvReader::Filler::ZeroOrFf);
    QVERIFY(lenient.next().ok());
    QVERIFY(lenient.next().ok());
    QVERIFY(lenient.atEnd());

    // An FF20 object is not mistaken for filler.
    const QByteArray myNumberFile = QByteArray::fromHex("FF2003DF2500FFFF");
    BerTlvReader myNumber(myNumberFile, 0, BerTlvReader::Filler::ZeroOrFf);
    QVERIFY(!myNumber.atEnd());
    QCOMPARE(myNumber.next()->tag(), 0xFF20u);
    QVERIFY(myNumber.atEnd());
}

void TestBerTlv::find_skips_siblings_and_reports_absence()
{
    const QByteArray bytes = QByteArray::fromHex("DA0101" "DB0102" "DC0103");
    BerTlvReader reader(bytes);
    const auto db = reader.find(0xDB);
    QVERIFY(db.ok());
    QCOMPARE(db->value(), QByteArrayView("\x02", 1));
    const auto missing = reader.find(0xDA);  // already passed
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), TlvError::Kind::NotFound);
    QCOMPARE(missing.error().tag(), 0xDAu);

    const QByteArray brokenBytes = QByteArray::fromHex("DA0101" "DB05");
    BerTlvReader broken(brokenBytes);
    const auto error = broken.find(0xDC);
    QVERIFY(!error.ok());
    QCOMPARE(error.error().kind(), TlvError::Kind::ValueOverruns);
    QCOMPARE(error.error().offset(), 5);
}

void TestBerTlv::header_gives_total_size()
{
    const auto header = BerTlv::parseHeader(QByteArray::fromHex("7782064A3082"));
    QVERIFY(header.ok());
    QCOMPARE(header->headerSize, 4);
    QCOMPARE(header->totalSize, 4 + 0x064A);
    QVERIFY(!BerTlv::parseHeader(QByteArray::fromHex("7782")).ok());
}

void TestBerTlv::every_prefix_of_valid_data_is_safe()
{
    // A card pulled mid-read leaves a prefix: every prefix is either complete or an error value.
    const QByteArray bytes = QByteArray::fromHex("FF2015" "DF2108000E001E00280033" "DF2203414243" "DF250132");
    for (qsizetype n = 0; n <= bytes.size(); ++n) {
        const QByteArray prefix = bytes.left(n);
        const auto tlv = BerTlv::parse(prefix);
        QCOMPARE(tlv.ok(), n == bytes.size());
        if (tlv.ok()) {
            BerTlvReader children = tlv->children();
            int count = 0;
            while (!children.atEnd() && children.next().ok())
                ++count;
            QCOMPARE(count, 3);
        }
    }
}

void TestBerTlv::encode_round_trips()
{
    QCOMPARE(BerTlv::encode(0x7C, {}).toHex(), QByteArray("7c00"));
    QCOMPARE(BerTlv::encode(0x5F1F, "AB").toHex(), QByteArray("5f1f024142"));
    for (const qsizetype size : {qsizetype(0x7F), qsizetype(0x80), qsizetype(0xFF), qsizetype(0x100), qsizetype(0x10000)}) {
        const QByteArray value(size, 'x');
        const QByteArray encoded = BerTlv::encode(0x7F61, value);
        const auto parsed = BerTlv::parse(encoded);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->tag(), quint32(0x7F61));
        QCOMPARE(parsed->value().size(), size);
        QCOMPARE(parsed->encoded().size(), encoded.size());
    }
}

QTEST_GUILESS_MAIN(TestBerTlv)
#include "tst_BerTlv.moc"
