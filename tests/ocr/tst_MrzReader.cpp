// Passport data pages rendered from the personas and from made-up travellers (PassportDataPage,
// OCR-B from fonts-ocr-b), photographed as a counter camera would (CameraShot: perspective,
// rotation, blur, noise, glare, low-quality JPEG, 640 × 480 and 1280 × 720), read by MrzReader. A
// frame may give nothing; frames that agree, as the kiosk takes them, never give a wrong MRZ, and
// give each persona's. bench_ocr prints the rates and times, single frames' wrong readings included.

#include "core/ocr/MrzReader.h"
#include "core/ocr/ReadingAgreement.h"
#include "core/sim/IdCardBack.h"
#include "core/sim/PassportDataPage.h"
#include "core/sim/PassportMrz.h"
#include "tests/support/CameraShot.h"
#include "tests/support/RandomTraveller.h"

#include <QTest>
#include <QTransform>

using namespace madoguchi;

class TestMrzReader : public QObject
{
    Q_OBJECT

private:
    static Persona persona(const QString& id) { return Persona::load(id).value(); }

private Q_SLOTS:
    void a_straight_photo_is_read_data();
    void a_straight_photo_is_read();
    void agreed_camera_shots_never_give_a_wrong_mrz();
    void an_id_cards_zone_is_read_data();
    void an_id_cards_zone_is_read();
    void frames_that_agree_give_the_mrz_data();
    void frames_that_agree_give_the_mrz();
};

void TestMrzReader::a_straight_photo_is_read_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : {"suzuki-ichiro", "yamada-hanako", "silva-lucas"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestMrzReader::a_straight_photo_is_read()
{
    QFETCH(QString, id);
    const Persona p = persona(id);
    QByteArray information;
    PassportMrz::td3(p, &information);
    CameraShot shot;
    shot.fill = 0.8;
    const QImage frame = shot.shoot(PassportDataPage::fromPersona(p).render());
    QString why;
    auto reader = MrzReader::create(&why);
    QVERIFY2(reader, qPrintable(why));
    const auto key = reader->read(frame);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error()));
    QCOMPARE(key->information().view(), QByteArrayView(information));
    // The page laid upside down on the desk.
    const auto turned = reader->read(frame.transformed(QTransform().rotate(180)));
    QVERIFY2(turned.ok(), qPrintable(turned.ok() ? QString() : turned.error()));
    QCOMPARE(turned->information().view(), QByteArrayView(information));
}

void TestMrzReader::agreed_camera_shots_never_give_a_wrong_mrz()
{
    // As the kiosk accepts a value: frames of one passport until two agree. A single frame can be
    // wrong where no check digit sees it ('1' for 'L' in a document number: values 1 and 21) —
    // bench_ocr counts those — but two frames agreeing on a wrong MRZ must never happen.
    auto reader = MrzReader::create();
    QVERIFY(reader);
    QRandomGenerator random(20261207);
    int agreedCount = 0;
    for (int i = 0; i < 40; ++i) {
        const Persona traveller = RandomTraveller::make(random);
        QByteArray information;
        PassportMrz::td3(traveller, &information);
        const QImage page = PassportDataPage::fromPersona(traveller).render();
        ReadingAgreement agreement(reader->framesToAgree());
        for (int shot = 0; shot < 6; ++shot) {
            const auto value = reader->readCredential(CameraShot::random(random).shoot(page));
            if (!value)
                continue;  // a frame may give nothing …
            if (const auto agreed = agreement.offer(*value)) {
                ++agreedCount;
                QCOMPARE(agreed->view(), QByteArrayView(information));  // … and agreed frames never a wrong MRZ
                break;
            }
        }
    }
    qInfo("%d of 40 passports agreed, every one right", agreedCount);
}

void TestMrzReader::an_id_cards_zone_is_read_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : {"suzuki-ichiro", "yamada-hanako", "silva-lucas"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestMrzReader::an_id_cards_zone_is_read()
{
    // The three lines of 30 on an ID card's back (TD1), photographed at the counter, both ways up.
    QFETCH(QString, id);
    const Persona p = persona(id);
    QByteArray information;
    PassportMrz::td1(p, &information);
    auto reader = MrzReader::create();
    QVERIFY(reader);
    const QImage frame = CameraShot::atTheCounter().shoot(IdCardBack::fromPersona(p).render());
    for (const QImage& picture : {frame, frame.transformed(QTransform().rotate(180))}) {
        const auto key = reader->read(picture);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error()));
        QCOMPARE(key->information().view(), QByteArrayView(information));
    }
}

void TestMrzReader::frames_that_agree_give_the_mrz_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : {"suzuki-ichiro", "yamada-hanako", "silva-lucas"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestMrzReader::frames_that_agree_give_the_mrz()
{
    // As the kiosk's camera does: frames until two agree.
    QFETCH(QString, id);
    const Persona p = persona(id);
    QByteArray information;
    PassportMrz::td3(p, &information);
    const QImage page = PassportDataPage::fromPersona(p).render();
    auto reader = MrzReader::create();
    QRandomGenerator random(quint32(qHash(id)));
    ReadingAgreement agreement;
    std::optional<SecureBytes> agreed;
    for (int frame = 0; frame < 12 && !agreed; ++frame)
        if (const auto key = reader->read(CameraShot::random(random).shoot(page)))
            agreed = agreement.offer(key->information());
    QVERIFY(agreed);
    QCOMPARE(agreed->view(), QByteArrayView(information));
}

QTEST_MAIN(TestMrzReader)
#include "tst_MrzReader.moc"
