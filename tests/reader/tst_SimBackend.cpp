#include "core/reader/SimBackend.h"
#include "tests/support/ScriptedResponder.h"

#include <QSignalSpy>
#include <QTest>

using namespace madoguchi;

class TestSimBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insert_and_remove_are_signalled();
    void removed_card_ends_the_channel();
    void errors_for_missing_reader_or_card();
};

void TestSimBackend::insert_and_remove_are_signalled()
{
    SimBackend backend;
    QSignalSpy inserted(&backend, &ReaderBackend::cardInserted);
    QSignalSpy removed(&backend, &ReaderBackend::cardRemoved);
    backend.addReader(QStringLiteral("r"));
    QCOMPARE(backend.listReaders()->size(), 1);
    QVERIFY(!backend.listReaders()->first().hasCard);
    backend.insertCard(QStringLiteral("r"), std::make_shared<ScriptedResponder>());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toByteArray(), QByteArray::fromHex("3B8080010101"));
    QVERIFY(backend.listReaders()->first().hasCard);
    backend.removeCard(QStringLiteral("r"));
    backend.removeCard(QStringLiteral("r"));
    QCOMPARE(removed.count(), 1);
}

void TestSimBackend::removed_card_ends_the_channel()
{
    SimBackend backend;
    auto card = std::make_shared<ScriptedResponder>();
    card->expect("", "9000");
    backend.insertCard(QStringLiteral("r"), card);
    auto channel = backend.connectCard(QStringLiteral("r"));
    QVERIFY(channel.ok());
    QVERIFY(channel.value()->transmit(CommandApdu(0, 0xA4, 0, 0)).ok());
    card.reset();
    backend.removeCard(QStringLiteral("r"));
    const auto after = channel.value()->transmit(CommandApdu(0, 0xA4, 0, 0));
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind(), ReaderError::Kind::CardRemoved);
}

void TestSimBackend::errors_for_missing_reader_or_card()
{
    SimBackend backend;
    backend.addReader(QStringLiteral("empty"));
    QCOMPARE(backend.connectCard(QStringLiteral("nope")).error().kind(), ReaderError::Kind::NoReader);
    QCOMPARE(backend.connectCard(QStringLiteral("empty")).error().kind(), ReaderError::Kind::NoCard);
}

QTEST_GUILESS_MAIN(TestSimBackend)
#include "tst_SimBackend.moc"
