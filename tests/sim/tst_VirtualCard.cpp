#include "core/sim/VirtualCard.h"

#include <QTest>

using namespace madoguchi;

namespace {

const QByteArray kAid = QByteArray::fromHex("D3921000310001010408");

QString sw(VirtualCard& card, const char* hex)
{
    const QByteArray r = card.respond(QByteArray::fromHex(hex));
    return QString::fromLatin1(r.right(2).toHex().toUpper());
}

QByteArray data(VirtualCard& card, const char* hex)
{
    const QByteArray r = card.respond(QByteArray::fromHex(hex));
    return r.left(r.size() - 2);
}

std::unique_ptr<VirtualCard> makeCard(VirtualCard::Options options = {})
{
    auto card = std::make_unique<VirtualCard>(QByteArray::fromHex("3BE000FF8131FE4514"), DedicatedFile(), options);
    DedicatedFile text(kAid);
    text.addFile({0x0001, 0x01, QByteArray::fromHex("FF100C313233343536373839303138FFFF"), {0x0011}})
        .addFile({0x0005, 0x05, QByteArray(300, 'f'), {}})
        .addKey({0x0011, 0x11, QByteArrayLiteral("1234"), 3, 3});
    card->addApplication(std::move(text));
    card->addApplication(DedicatedFile(QByteArray::fromHex("D392F000260100000001")));
    return card;
}

} // namespace

class TestVirtualCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void select_by_aid_and_fid();
    void read_binary_semantics();
    void verify_counts_down_and_blocks();
    void correct_pin_resets_the_counter();
    void df_select_clears_verification();
    void mf_keys_stay_verified_when_configured();
    void extended_length_switch();
    void get_challenge();
    void odd_ins_read();
    void malformed_commands();
};

void TestVirtualCard::select_by_aid_and_fid()
{
    auto card = makeCard();
    QCOMPARE(sw(*card, "00A4040C0AD3921000310001010408"), QStringLiteral("9000"));
    QCOMPARE(sw(*card, "00A4040C0AD3921000310001010499"), QStringLiteral("6A82"));  // mynumber.md §11
    QCOMPARE(sw(*card, "00A4020C020001"), QStringLiteral("9000"));
    QCOMPARE(sw(*card, "00A4020C020011"), QStringLiteral("9000"));  // key EF
    QCOMPARE(sw(*card, "00A4020C020099"), QStringLiteral("6A82"));
    QCOMPARE(sw(*card, "00A4030C020099"), QStringLiteral("6A86"));
}

void TestVirtualCard::read_binary_semantics()
{
    auto card = makeCard();
    sw(*card, "00A4040C0AD3921000310001010408");
    QCOMPARE(sw(*card, "00B0000005"), QStringLiteral("6986"));  // no current EF
    QCOMPARE(sw(*card, "00B0810011"), QStringLiteral("6982"));  // SFI 1, PIN not verified
    QCOMPARE(sw(*card, "00B0910004"), QStringLiteral("6981"));  // SFI of the PIN key EF
    // Free file by SFI, then past its end.
    QCOMPARE(data(*card, "00B0850000").size(), 256);            // Le 00 = 256
    QCOMPARE(data(*card, "00B0012C00").size(), 0);              // offset 300 = size
    QCOMPARE(sw(*card, "00B0012C00"), QStringLiteral("6B00"));
    QCOMPARE(data(*card, "00B0010000").size(), 300 - 256);      // min(Le, remaining)
    QCOMPARE(data(*card, "00B0000010"), QByteArray(16, 'f'));
    // Read of the PIN-protected file after VERIFY through P2 = 80|SFI.
    QCOMPARE(sw(*card, "002000910431323334"), QStringLiteral("9000"));
    QCOMPARE(data(*card, "00B0810000"), QByteArray::fromHex("FF100C313233343536373839303138FFFF"));
}

void TestVirtualCard::verify_counts_down_and_blocks()
{
    auto card = makeCard();
    sw(*card, "00A4040C0AD3921000310001010408");
    // mynumber.md §2: empty VERIFY is the retry query and uses no try.
    QCOMPARE(sw(*card, "00200091"), QStringLiteral("63C3"));
    QCOMPARE(sw(*card, "00200091"), QStringLiteral("63C3"));
    QCOMPARE(sw(*card, "002000910430303030"), QStringLiteral("63C2"));
    QCOMPARE(sw(*card, "002000910430303030"), QStringLiteral("63C1"));
    QCOMPARE(sw(*card, "00200091"), QStringLiteral("63C1"));
    QCOMPARE(sw(*card, "002000910430303030"), QStringLiteral("63C0"));  // the try that exhausts it
    QCOMPARE(sw(*card, "002000910431323334"), QStringLiteral("6984"));  // even the right PIN
    QCOMPARE(sw(*card, "00200091"), QStringLiteral("63C0"));
    // Through "SELECT the key EF, then P2 80".
    QCOMPARE(sw(*card, "00A4020C020011"), QStringLiteral("9000"));
    QCOMPARE(sw(*card, "00200080"), QStringLiteral("63C0"));
    QCOMPARE(sw(*card, "00200082"), QStringLiteral("6A88"));  // no key with SFI 2
}

void TestVirtualCard::correct_pin_resets_the_counter()
{
    auto card = makeCard();
    sw(*card, "00A4040C0AD3921000310001010408");
    QCOMPARE(sw(*card, "002000910430303030"), QStringLiteral("63C2"));
    QCOMPARE(sw(*card, "002000910431323334"), QStringLiteral("9000"));
    QCOMPARE(sw(*card, "00200091"), QStringLiteral("63C3"));
    // A wrong try after success withdraws the verified state.
    QCOMPARE(sw(*card, "002000910430303030"), QStringLiteral("63C2"));
    QCOMPARE(sw(*card, "00B0810011"), QStringLiteral("6982"));
}

void TestVirtualCard::df_select_clears_verification()
{
    auto card = makeCard();
    sw(*card, "00A4040C0AD3921000310001010408");
    sw(*card, "002000910431323334");
    QCOMPARE(sw(*card, "00B0810011"), QStringLiteral("9000"));
    sw(*card, "00A4040C0AD392F000260100000001");
    sw(*card, "00A4040C0AD3921000310001010408");
    QCOMPARE(sw(*card, "00B0810011"), QStringLiteral("6982"));
    // reset() (power cycle) clears it too.
    sw(*card, "002000910431323334");
    card->reset();
    sw(*card, "00A4040C0AD3921000310001010408");
    QCOMPARE(sw(*card, "00B0810011"), QStringLiteral("6982"));
}

void TestVirtualCard::mf_keys_stay_verified_when_configured()
{
    // drivers-licence.md §A3: PIN1 (SFI 1) in the MF unlocks DF1 files.
    VirtualCard::Options options;
    options.dfSelectClearsVerification = false;
    DedicatedFile mf;
    mf.addKey({0x0001, 0x01, QByteArrayLiteral("1111"), 3, 3});
    VirtualCard card(QByteArray::fromHex("3B8180018080"), std::move(mf), options);
    DedicatedFile df1(QByteArray::fromHex("A0000002310100000000000000000000"));
    df1.addFile({0x0001, 0x00, QByteArray::fromHex("1101AA"), {0x0001}});
    card.addApplication(std::move(df1));
    QCOMPARE(sw(card, "00A40000"), QStringLiteral("9000"));
    QCOMPARE(sw(card, "002000810431313131"), QStringLiteral("9000"));
    QCOMPARE(sw(card, "00A4040C10A0000002310100000000000000000000"), QStringLiteral("9000"));
    QCOMPARE(sw(card, "00A4020C020001"), QStringLiteral("9000"));
    QCOMPARE(data(card, "00B0000003"), QByteArray::fromHex("1101AA"));
    // VERIFY by SFI from inside DF1 reaches the MF key.
    QCOMPARE(sw(card, "00200081"), QStringLiteral("63C3"));
}

void TestVirtualCard::extended_length_switch()
{
    auto card = makeCard();
    sw(*card, "00A4040C0AD3921000310001010408");
    QCOMPARE(data(*card, "00B085000000000").size(), 0);  // 8 bytes: malformed → 6700
    QCOMPARE(data(*card, "00B08500000000").size(), 300);  // extended Le 0000 = 65536
    VirtualCard::Options shortOnly;
    shortOnly.extendedLength = false;
    auto old = makeCard(shortOnly);
    sw(*old, "00A4040C0AD3921000310001010408");
    QCOMPARE(sw(*old, "00B08500000000"), QStringLiteral("6700"));
    QCOMPARE(data(*old, "00B0850000").size(), 256);
}

void TestVirtualCard::get_challenge()
{
    auto card = makeCard();
    const QByteArray a = data(*card, "0084000008");
    const QByteArray b = data(*card, "0084000008");
    QCOMPARE(a.size(), 8);
    QVERIFY(a != b);
    QCOMPARE(card->lastChallenge(), b);
    QCOMPARE(sw(*card, "00840000000008"), QStringLiteral("6985"));  // mynumber.md §2: extended refused
}

void TestVirtualCard::odd_ins_read()
{
    auto card = makeCard();
    sw(*card, "00A4040C0AD3921000310001010408");
    sw(*card, "00A4020C020005");
    // DO54 offset 0x0100 → 53 L + the last 44 bytes.
    const QByteArray r = data(*card, "00B1000004540201000" "0");
    QCOMPARE(r.left(2), QByteArray::fromHex("532C"));
    QCOMPARE(r.size(), 2 + 44);
    QCOMPARE(sw(*card, "00B10000045402012C" "00"), QStringLiteral("6B00"));
    QCOMPARE(sw(*card, "00B1000004AA020100" "00"), QStringLiteral("6A80"));
}

void TestVirtualCard::malformed_commands()
{
    auto card = makeCard();
    QCOMPARE(sw(*card, "00A4"), QStringLiteral("6700"));
    QCOMPARE(sw(*card, "00A4040C0AD3"), QStringLiteral("6700"));
    QCOMPARE(sw(*card, "0CB0000000"), QStringLiteral("6E00"));
    QCOMPARE(sw(*card, "00FF000000"), QStringLiteral("6D00"));
}

QTEST_GUILESS_MAIN(TestVirtualCard)
#include "tst_VirtualCard.moc"
