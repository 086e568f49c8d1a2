#include "core/cards/read/CardDetector.h"
#include "core/reader/SimBackend.h"
#include "core/sim/SimCardFactory.h"
#include "tests/support/ScriptedResponder.h"

#include <QTest>

using namespace madoguchi;

class TestCardDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_each_virtual_card_data();
    void detects_each_virtual_card();
    void unknown_card();
    void pulled_card_is_an_error();
};

void TestCardDetector::detects_each_virtual_card_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("persona");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("apdus");
    // The residence-AP probe comes first, then JPKI, licence DF1, residence DF1, eMRTD.
    QTest::newRow("mynumber") << "mynumber" << "yamada-hanako" << int(DocumentType::MyNumber) << 3;
    QTest::newRow("licence") << "licence" << "yamada-hanako" << int(DocumentType::Licence) << 3;
    QTest::newRow("residence") << "residence" << "tran-thi-mai" << int(DocumentType::Residence) << 4;
    QTest::newRow("passport") << "passport" << "yamada-hanako" << int(DocumentType::Passport) << 5;
}

void TestCardDetector::detects_each_virtual_card()
{
    QFETCH(QString, type);
    QFETCH(QString, persona);
    QFETCH(int, expected);
    QFETCH(int, apdus);
    const auto loaded = Persona::load(persona);
    QVERIFY(loaded.ok());
    SimBackend backend;
    backend.insertCard(QStringLiteral("r"), SimCardFactory::create(*simCardTypeFromName(type), *loaded));
    auto channel = backend.connectCard(QStringLiteral("r"));
    const auto detection = CardDetector(*channel.value()).detect();
    QVERIFY(detection.ok());
    QCOMPARE(int(detection->type), expected);
    QCOMPARE(channel.value()->stats().apdus(), apdus);
    QVERIFY(!detection->residenceOnMyNumberPlatform);
}

void TestCardDetector::unknown_card()
{
    auto card = std::make_shared<ScriptedResponder>();
    for (int i = 0; i < 5; ++i)
        card->expect("", "6A82");
    SimBackend backend;
    backend.insertCard(QStringLiteral("r"), card);
    auto channel = backend.connectCard(QStringLiteral("r"));
    const auto detection = CardDetector(*channel.value()).detect();
    QVERIFY(detection.ok());
    QCOMPARE(detection->type, DocumentType::Unknown);
    QVERIFY(card->allConsumed());
}

void TestCardDetector::pulled_card_is_an_error()
{
    SimBackend backend;
    auto card = std::make_shared<ScriptedResponder>();
    backend.insertCard(QStringLiteral("r"), card);
    auto channel = backend.connectCard(QStringLiteral("r"));
    card.reset();
    backend.removeCard(QStringLiteral("r"));
    const auto detection = CardDetector(*channel.value()).detect();
    QVERIFY(!detection.ok());
    QCOMPARE(detection.error().kind(), ReaderError::Kind::CardRemoved);
}

QTEST_MAIN(TestCardDetector)
#include "tst_CardDetector.moc"
