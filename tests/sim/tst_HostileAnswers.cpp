// The file faults of a hostile virtual card (HostileAnswers through VirtualCard): good first read,
// then answers cut in half, a length beyond the file, or 6F00.

#include "core/sim/VirtualCard.h"

#include <QTest>

using namespace madoguchi;

namespace {

// One file in the MF: 5F1F 82 0100 ‖ 256 bytes (a TLV of 260 bytes in all).
std::unique_ptr<VirtualCard> makeCard(SimCardOptions::Fault fault)
{
    DedicatedFile mf;
    mf.addFile({0x0101, 0x01, QByteArray::fromHex("5F1F820100") + QByteArray(256, 'a'), {}});
    auto card = std::make_unique<VirtualCard>(QByteArray::fromHex("3B8080010101"), std::move(mf), VirtualCard::Options{});
    card->setHostileAnswers(HostileAnswers(fault));
    return card;
}

QByteArray read(VirtualCard& card, const char* hex)
{
    return card.respond(QByteArray::fromHex(hex));
}

} // namespace

class TestHostileAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void first_read_is_good_then_cut_in_half();
    void length_beyond_the_file_at_offset_0_only();
    void wrong_status_to_every_later_read();
    void reset_starts_the_count_again();
    void other_faults_leave_answers_alone();
};

void TestHostileAnswers::first_read_is_good_then_cut_in_half()
{
    auto card = makeCard(SimCardOptions::Fault::TruncatedResponse);
    QCOMPARE(read(*card, "00B0810008").toHex(), QByteArray("5f1f820100616161") + "9000");  // SFI 1, 8 bytes
    const QByteArray cut = read(*card, "00B0000010");
    QCOMPARE(cut.size(), 8 + 2);
    QCOMPARE(cut.right(2).toHex(), QByteArray("6282"));  // the card says the file ended there
}

void TestHostileAnswers::length_beyond_the_file_at_offset_0_only()
{
    auto card = makeCard(SimCardOptions::Fault::OverlongLength);
    read(*card, "00B0810004");
    // Tag 5F1F is two bytes; the 82 form then says FFFF instead of 0100.
    QCOMPARE(read(*card, "00B0000005").toHex(), QByteArray("5f1f82ffff9000"));
    QCOMPARE(read(*card, "00B0000504").toHex(), QByteArray("616161619000"));  // later offsets untouched
}

void TestHostileAnswers::wrong_status_to_every_later_read()
{
    auto card = makeCard(SimCardOptions::Fault::WrongStatus);
    QCOMPARE(read(*card, "00B0810002").toHex(), QByteArray("5f1f9000"));
    QCOMPARE(read(*card, "00B0000002").toHex(), QByteArray("6f00"));
    QCOMPARE(read(*card, "00B0000102").toHex(), QByteArray("6f00"));
    // Errors stay errors: a read past the end still says 6B00.
    QCOMPARE(read(*card, "00B0020002").toHex(), QByteArray("6b00"));
}

void TestHostileAnswers::reset_starts_the_count_again()
{
    auto card = makeCard(SimCardOptions::Fault::WrongStatus);
    read(*card, "00B0810002");
    card->reset();
    QCOMPARE(read(*card, "00B0810002").toHex(), QByteArray("5f1f9000"));
}

void TestHostileAnswers::other_faults_leave_answers_alone()
{
    auto card = makeCard(SimCardOptions::Fault::Mute);  // a link fault: HostileLink's, not this one's
    read(*card, "00B0810002");
    QCOMPARE(read(*card, "00B0000002").toHex(), QByteArray("5f1f9000"));
}

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_HostileAnswers.moc"
