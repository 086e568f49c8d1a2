// The link faults of a hostile virtual card (HostileLink): the card answers well until its second
// READ BINARY, then flips the byte before the status word, answers 61 10 for ever, answers late,
// says nothing, or leaves the reader.

#include "core/sim/HostileLink.h"

#include <QElapsedTimer>
#include <QTest>

using namespace madoguchi;

namespace {

// A card that answers every command with 11 22 33 90 00.
class PlainCard : public ApduResponder
{
public:
    QByteArray atr() const override { return QByteArray::fromHex("3B00"); }
    void reset() override {}
    QByteArray respond(QByteArrayView) override { return QByteArray::fromHex("1122339000"); }
};

const QByteArray kSelect = QByteArray::fromHex("00A4020C020101");
const QByteArray kRead = QByteArray::fromHex("00B0000003");
const QByteArray kProtectedRead = QByteArray::fromHex("0CB000000D970103");

// A hostile link past its card's first read (answers_well_until_the_second_read).
std::unique_ptr<HostileLink> makeLink(SimCardOptions::Fault fault)
{
    auto link = std::make_unique<HostileLink>(std::make_unique<PlainCard>(), fault);
    link->respond(kSelect);
    link->respond(kRead);
    return link;
}

} // namespace

class TestHostileLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_well_until_the_second_read();
    void bad_mac_flips_the_last_byte_before_the_status_word();
    void endless_61xx();
    void slow();
    void mute_says_nothing();
    void removed_leaves_for_good();
    void only_its_own_faults();
};

void TestHostileLink::answers_well_until_the_second_read()
{
    for (const auto fault : {SimCardOptions::Fault::BadMac, SimCardOptions::Fault::Endless61xx, SimCardOptions::Fault::Mute,
                             SimCardOptions::Fault::Removed}) {
        HostileLink link(std::make_unique<PlainCard>(), fault);
        QCOMPARE(link.respond(kSelect).toHex(), QByteArray("1122339000"));
        QCOMPARE(link.respond(kRead).toHex(), QByteArray("1122339000"));
        QCOMPARE(link.respond(kSelect).toHex(), QByteArray("1122339000"));
        QVERIFY(link.respond(kRead).toHex() != QByteArray("1122339000"));
    }
}

void TestHostileLink::bad_mac_flips_the_last_byte_before_the_status_word()
{
    auto link = makeLink(SimCardOptions::Fault::BadMac);
    // A protected read (CLA 0C) counts as a read too.
    QCOMPARE(link->respond(kProtectedRead).toHex(), QByteArray("1122329000"));
    QCOMPARE(link->respond(kSelect).toHex(), QByteArray("1122329000"));
}

void TestHostileLink::endless_61xx()
{
    auto link = makeLink(SimCardOptions::Fault::Endless61xx);
    QCOMPARE(link->respond(kRead).toHex(), QByteArray("6110"));
    QCOMPARE(link->respond(QByteArray::fromHex("00C0000010")).toHex(), QByteArray("6110"));
}

void TestHostileLink::slow()
{
    auto link = makeLink(SimCardOptions::Fault::Slow);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(link->respond(kRead).toHex(), QByteArray("1122339000"));
    QVERIFY(timer.elapsed() >= HostileLink::kSlowAnswerMs - 5);
}

void TestHostileLink::mute_says_nothing()
{
    auto link = makeLink(SimCardOptions::Fault::Mute);
    QVERIFY(link->respond(kRead).isEmpty());
    QVERIFY(link->respond(kSelect).isEmpty());
    QVERIFY(link->present());
}

void TestHostileLink::removed_leaves_for_good()
{
    auto link = makeLink(SimCardOptions::Fault::Removed);
    QVERIFY(link->present());
    QVERIFY(link->respond(kRead).isEmpty());
    QVERIFY(!link->present());
    link->reset();
    QVERIFY(!link->present());
    QVERIFY(link->respond(kSelect).isEmpty());
}

void TestHostileLink::only_its_own_faults()
{
    QVERIFY(HostileLink::handles(SimCardOptions::Fault::Mute));
    QVERIFY(!HostileLink::handles(SimCardOptions::Fault::TruncatedResponse));  // HostileAnswers'
    QVERIFY(!HostileLink::handles(SimCardOptions::Fault::TamperedText));
    QVERIFY(!HostileLink::handles(SimCardOptions::Fault::None));
}

QTEST_GUILESS_MAIN(TestHostileLink)
#include "tst_HostileLink.moc"
