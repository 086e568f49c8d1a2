// My Number card and residence card fronts rendered from the personas (MyNumberCardFront,
// ResidenceCardFront), photographed as a counter camera would (CameraShot), read by
// MyNumberFrontReader and ResidenceNumberReader. A straight photo gives the persona's values, also
// upside down; a camera frame may give nothing, and a frame that gives a value gives the right one
// in these seeded frames — the values carry no check digit, which is why the kiosk asks three frames
// to agree (bench_ocr prints the rates over 240 frames, wrong ones included); frames that agree give
// each persona's values.

#include "core/ocr/MyNumberFrontReader.h"
#include "core/ocr/ReadingAgreement.h"
#include "core/ocr/ResidenceNumberReader.h"
#include "core/sim/MyNumberCardFront.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/ResidenceCardFront.h"
#include "tests/support/CameraShot.h"

#include <QJsonObject>
#include <QTest>
#include <QTransform>

using namespace madoguchi;

class TestCardFrontReaders : public QObject
{
    Q_OBJECT

private:
    static Persona persona(const QString& id) { return Persona::load(id).value(); }
    static QByteArray collationB(const Persona& p) { return MyNumberSim::collationB(p).toLatin1(); }
    // What MyNumberFrontReader read off `picture`, as the values 照合番号B is built from.
    Result<PrintedCollation, QString> printedOn(const QImage& picture)
    {
        auto bytes = m_myNumber->readCredential(picture);
        if (!bytes)
            return bytes.error();
        return PrintedCollation::fromBytes(bytes->view()).value();
    }
    static QByteArray cardNumber(const Persona& p) { return p.document(QStringLiteral("residence")).value(QLatin1String("cardNumber")).toString().toLatin1(); }

private Q_SLOTS:
    void initTestCase();
    void my_number_front_straight_data();
    void my_number_front_straight();
    void residence_front_straight_data();
    void residence_front_straight();
    void camera_frames_that_agree_give_the_values_data();
    void camera_frames_that_agree_give_the_values();
    void no_card_gives_nothing();
    void a_scan_cut_to_the_card_is_read();

private:
    std::unique_ptr<MyNumberFrontReader> m_myNumber;
    std::unique_ptr<ResidenceNumberReader> m_residence;
};

void TestCardFrontReaders::initTestCase()
{
    QString why;
    m_myNumber = MyNumberFrontReader::create(&why);
    QVERIFY2(m_myNumber, qPrintable(why));
    m_residence = ResidenceNumberReader::create(&why);
    QVERIFY2(m_residence, qPrintable(why));
}

void TestCardFrontReaders::my_number_front_straight_data()
{
    QTest::addColumn<QString>("id");
    // 和暦 (昭和, 平成元年, 昭和64年, 令和), Gregorian (foreign residents, 07/08 cards).
    for (const char* id : {"yamada-hanako", "takasaki-yoshitaro", "suzuki-ichiro", "sato-mirai", "tran-thi-mai", "hoang-minh", "kang-seoyeon"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestCardFrontReaders::my_number_front_straight()
{
    QFETCH(QString, id);
    const Persona p = persona(id);
    CameraShot shot;
    shot.fill = 0.7;
    const QImage frame = shot.shoot(MyNumberCardFront::fromPersona(p).render());
    for (const QImage& picture : {frame, frame.transformed(QTransform().rotate(180))}) {
        const auto printed = printedOn(picture);
        QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error()));
        const auto b = printed->collationB();
        QVERIFY(b.ok());
        QCOMPARE(b->view(), QByteArrayView(collationB(p)));
        QCOMPARE(printed->birthDate, p.birthDate());
    }
}

void TestCardFrontReaders::residence_front_straight_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : {"tran-thi-mai", "kim-sora", "silva-lucas", "park-jiwoo", "hoang-minh", "kang-seoyeon"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestCardFrontReaders::residence_front_straight()
{
    QFETCH(QString, id);
    const Persona p = persona(id);
    CameraShot shot;
    shot.fill = 0.7;
    const QImage frame = shot.shoot(ResidenceCardFront::fromPersona(p).render());
    for (const QImage& picture : {frame, frame.transformed(QTransform().rotate(180))}) {
        const auto number = m_residence->readCredential(picture);
        QVERIFY2(number.ok(), qPrintable(number.ok() ? QString() : number.error()));
        QCOMPARE(number->view(), QByteArrayView(cardNumber(p)));
    }
}

void TestCardFrontReaders::camera_frames_that_agree_give_the_values_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("residence");
    for (const char* id : {"yamada-hanako", "takasaki-yoshitaro", "suzuki-ichiro", "sato-mirai", "tran-thi-mai", "hoang-minh", "kang-seoyeon"})
        QTest::newRow(qPrintable(QStringLiteral("my number %1").arg(QLatin1String(id)))) << QString::fromLatin1(id) << false;
    for (const char* id : {"tran-thi-mai", "kim-sora", "silva-lucas", "park-jiwoo"})
        QTest::newRow(qPrintable(QStringLiteral("residence %1").arg(QLatin1String(id)))) << QString::fromLatin1(id) << true;
}

void TestCardFrontReaders::camera_frames_that_agree_give_the_values()
{
    // Random camera frames of the card (seeded: the same frames every run) until as many agree in a
    // row as the reader asks; every frame's value, and the agreed one, must be the card's.
    QFETCH(QString, id);
    QFETCH(bool, residence);
    const Persona p = persona(id);
    FrameReader& reader = residence ? static_cast<FrameReader&>(*m_residence) : *m_myNumber;
    const QImage front = residence ? ResidenceCardFront::fromPersona(p).render() : MyNumberCardFront::fromPersona(p).render();
    QRandomGenerator random(qHash(id) ^ quint32(residence));
    ReadingAgreement agreement(reader.framesToAgree());
    std::optional<SecureBytes> agreed;
    for (int frame = 0; frame < 12 && !agreed; ++frame) {
        const auto value = reader.readCredential(CameraShot::random(random).shoot(front));
        if (!value)
            continue;
        const QByteArray read = residence ? value->view().toByteArray() : PrintedCollation::fromBytes(value->view())->collationB()->view().toByteArray();
        QCOMPARE(read, residence ? cardNumber(p) : collationB(p));
        agreed = agreement.offer(*value);
    }
    QVERIFY2(agreed, "no agreement within 12 frames");
}

void TestCardFrontReaders::no_card_gives_nothing()
{
    QImage blank(1280, 720, QImage::Format_RGB32);
    blank.fill(QColor(90, 100, 110));
    QCOMPARE(printedOn(blank).error(), QStringLiteral("no card in the picture"));
    QCOMPARE(m_residence->readCredential(blank).error(), QStringLiteral("no card in the picture"));
    // White paper filling the frame is not a card either.
    blank.fill(Qt::white);
    QCOMPARE(printedOn(blank).error(), QStringLiteral("no card in the picture"));
}

void TestCardFrontReaders::a_scan_cut_to_the_card_is_read()
{
    // A flatbed scan cropped to the card: no outline, the whole picture is the card.
    const Persona p = persona(QStringLiteral("yamada-hanako"));
    const QImage scan = MyNumberCardFront::fromPersona(p).render(12);
    const auto printed = printedOn(scan);
    QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error()));
    QCOMPARE(printed->collationB()->view(), QByteArrayView(collationB(p)));
}

QTEST_MAIN(TestCardFrontReaders)
#include "tst_CardFrontReaders.moc"
