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
    void next_generation_card_is_not_taken_for_a_my_number_card();
    void unknown_card();
    void pulled_card_is_an_error();
};

void TestCardDetector::detects_each_virtual_card_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("persona");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("apdus");
    QTest::addColumn<QString>("residenceCardType");
    QTest::addColumn<QString>("phone");
    // The 在留 AP probe comes first, then JPKI (its token name: one READ BINARY; then the text AP, the
    // 券面AP and the マイナ免許証 AP), licence DF1, residence DF1, eMRTD, then what phones answer.
    QTest::newRow("mynumber") << "mynumber" << "yamada-hanako" << int(DocumentType::MyNumber) << 6 << "" << "";
    QTest::newRow("licence") << "licence" << "yamada-hanako" << int(DocumentType::Licence) << 3 << "" << "";
    QTest::newRow("residence") << "residence" << "tran-thi-mai" << int(DocumentType::Residence) << 4 << "" << "";
    QTest::newRow("passport") << "passport" << "yamada-hanako" << int(DocumentType::Passport) << 5 << "" << "";
    // residence-card-0708.md §1: the 在留 AP answers, its C1 under the AP (one READ), then the My
    // Number applications as on any My Number card.
    QTest::newRow("07 特定在留カード") << "residence" << "hoang-minh" << int(DocumentType::SpecifiedResidence) << 7 << "07" << "";
    QTest::newRow("08 特定特別永住者証明書") << "residence" << "kang-seoyeon" << int(DocumentType::SpecifiedPermanentResident) << 7 << "08" << "";
    QTest::newRow("iPhone JPKI") << "iphone" << "yamada-hanako" << int(DocumentType::Unknown) << 3 << "" << "iphone-jpki";
    QTest::newRow("Android JPKI") << "android" << "yamada-hanako" << int(DocumentType::Unknown) << 3 << "" << "android-jpki";
    QTest::newRow("mobile document") << "mdoc" << "yamada-hanako" << int(DocumentType::Unknown) << 6 << "" << "mdoc";
}

void TestCardDetector::detects_each_virtual_card()
{
    QFETCH(QString, type);
    QFETCH(QString, persona);
    QFETCH(int, expected);
    QFETCH(int, apdus);
    QFETCH(QString, residenceCardType);
    QFETCH(QString, phone);
    const auto loaded = Persona::load(persona);
    QVERIFY(loaded.ok());
    SimBackend backend;
    backend.insertCard(QStringLiteral("r"), SimCardFactory::create(*simCardTypeFromName(type), *loaded));
    auto channel = backend.connectCard(QStringLiteral("r"));
    const auto detection = CardDetector(*channel.value()).detect();
    QVERIFY(detection.ok());
    QCOMPARE(int(detection->type), expected);
    QCOMPARE(channel.value()->stats().apdus(), apdus);
    QCOMPARE(detection->residenceOnMyNumberPlatform, !residenceCardType.isEmpty());
    QCOMPARE(QString::fromLatin1(detection->residenceCardType), residenceCardType);
    QCOMPARE(detection->phone, phone);
    QVERIFY(!detection->unknownMyNumberPlatform);
}

void TestCardDetector::next_generation_card_is_not_taken_for_a_my_number_card()
{
    // JPKI answers, the text AP does not (mynumber.md §9): no document type is guessed.
    SimBackend backend;
    backend.insertCard(QStringLiteral("r"), SimCardFactory::create(SimCardType::NextGeneration, Persona::load(QStringLiteral("yamada-hanako")).value()));
    auto channel = backend.connectCard(QStringLiteral("r"));
    const auto detection = CardDetector(*channel.value()).detect();
    QVERIFY(detection.ok());
    QCOMPARE(detection->type, DocumentType::Unknown);
    QVERIFY(detection->unknownMyNumberPlatform);
    QVERIFY(detection->phone.isEmpty());
    QCOMPARE(detection->applications, QStringList{QStringLiteral("jpki")});
}

void TestCardDetector::unknown_card()
{
    auto card = std::make_shared<ScriptedResponder>();
    for (int i = 0; i < 7; ++i)  // five documents, then the mobile document and the NDEF tag
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
