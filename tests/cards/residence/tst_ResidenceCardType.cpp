#include "core/cards/residence/ResidenceCardType.h"

#include <QTest>

using namespace madoguchi;
using Document = ResidenceCardType::Document;
using Platform = ResidenceCardType::Platform;

class TestResidenceCardType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void every_known_type_data();
    void every_known_type();
    void refused();
};

void TestResidenceCardType::every_known_type_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("document");
    QTest::addColumn<int>("platform");
    // residence-card.md §B1, §B4, §B5.
    QTest::newRow("1 在留カード") << QByteArray::fromHex("C10131") << int(Document::ResidenceCard) << int(Platform::FirstGeneration);
    QTest::newRow("2 特別永住者証明書") << QByteArray::fromHex("C10132") << int(Document::SpecialPermanentResident) << int(Platform::FirstGeneration);
    QTest::newRow("05") << QByteArray::fromHex("C1023035") << int(Document::ResidenceCard) << int(Platform::SecondGeneration);
    QTest::newRow("06") << QByteArray::fromHex("C1023036") << int(Document::SpecialPermanentResident) << int(Platform::SecondGeneration);
    QTest::newRow("07") << QByteArray::fromHex("C1023037") << int(Document::ResidenceCard) << int(Platform::MyNumberCard);
    QTest::newRow("08") << QByteArray::fromHex("C1023038") << int(Document::SpecialPermanentResident) << int(Platform::MyNumberCard);
    QTest::newRow("filler after the object") << QByteArray::fromHex("C1023035000000") << int(Document::ResidenceCard) << int(Platform::SecondGeneration);
}

void TestResidenceCardType::every_known_type()
{
    QFETCH(QByteArray, file);
    QFETCH(int, document);
    QFETCH(int, platform);
    const auto type = ResidenceCardType::parse(file).value();
    QCOMPARE(int(type.document), document);
    QCOMPARE(int(type.platform), platform);
}

void TestResidenceCardType::refused()
{
    for (const char* bad : {"", "C101", "C10133", "C1023039", "C10130", "C1033035", "C20131", "C10231"})
        QVERIFY2(!ResidenceCardType::parse(QByteArray::fromHex(bad)), bad);
    QCOMPARE(ResidenceCardType::parse(QByteArray::fromHex("C1023039")).error(), QStringLiteral("unknown residence card type 3039"));
}

QTEST_GUILESS_MAIN(TestResidenceCardType)
#include "tst_ResidenceCardType.moc"
