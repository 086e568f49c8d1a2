// After a read has ended, a memory image of the lingering madoguchi-read process must not hold the
// customer: name, kana, address, birth date, individual number (UTF-8 and UTF-16) or any piece of
// the face photo. Only writable private memory is searched (heap, stacks, anonymous mappings):
// read-only library data such as ICU's dictionary holds common names of its own.

#include "core/base/ResourceLocator.h"
#include "core/cards/mynumber/SurfaceFace.h"
#include "core/cards/passport/PassportReader.h"
#include "core/reader/SimBackend.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/PassportSim.h"
#include "core/sim/PersonaImages.h"
#include "core/text/Iconv.h"
#include "core/text/JisX0208.h"
#include "tests/support/ProcessMemory.h"
#include "tests/support/ProgramPaths.h"
#include "tests/support/TestSigner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {

// The text in UTF-8 and in UTF-16 (QString's own form).
void addText(QMap<QString, QByteArray>& needles, const QString& what, const QString& text)
{
    needles.insert(what + " UTF-8", text.toUtf8());
    needles.insert(what + " UTF-16", utf16Bytes(text));
}

// Eight slices of 24 bytes from across the photo.
void addPhotoSlices(QMap<QString, QByteArray>& needles, const QByteArray& photo)
{
    for (qsizetype at = 64; at + 24 <= photo.size(); at += photo.size() / 8)
        needles.insert(QStringLiteral("photo bytes at %1").arg(at), photo.mid(at, 24));
}

// How often the needles occur in the image, each one found named in the log.
int occurrences(const QByteArray& image, const QMap<QString, QByteArray>& needles)
{
    int found = 0;
    for (auto it = needles.cbegin(); it != needles.cend(); ++it) {
        const int count = int(image.count(it.value()));
        if (count)
            qWarning() << it.key() << count;
        found += count;
    }
    return found;
}

// The photo as the card holds it, read the way a reader would (mynumber.md §4.2).
QByteArray photoOf(const Persona& persona)
{
    auto card = MyNumberSim::build(persona, {});
    card->respond(QByteArray::fromHex("00A4040C0AD3921000310001010402"));
    card->respond(QByteArray::fromHex("002000920E") + MyNumberSim::collationB(persona).toLatin1());
    QByteArray file = card->respond(QByteArray::fromHex("00B08200000000"));
    file.chop(2);
    const auto face = SurfaceFace::parse(file);
    return face.ok() ? face->photo : QByteArray();
}

// The passport's photo as its DG2 holds it, read in this process with the passport reader.
QByteArray passportPhotoOf(const Persona& persona)
{
    SimBackend backend;
    backend.insertCard("r", PassportSim::build(persona, {}));
    auto channel = std::move(backend.connectCard("r")).value();
    const QJsonObject doc = persona.document("passport");
    PassportReader::Request request;
    request.mrz = MrzKey::fromParts(doc.value("documentNumber").toString(), persona.birthDate().toString(Qt::ISODate), doc.value("expiryDate").toString()).value();
    const TrustStore trust = TrustStore::load(ResourceLocator::path("trust"), ResourceLocator::path("trust-test"));
    auto outcome = PassportReader(*channel, trust).read(request);
    return outcome ? outcome->record.face.bytes : QByteArray();
}

} // namespace

class TestNoCustomerDataInMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_pictures;

private Q_SLOTS:
    void after_the_read_data();
    void after_the_read();
    void after_the_kiosk_tour();
};

void TestNoCustomerDataInMemory::after_the_read_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QStringList>("credential");
    QTest::newRow("PIN") << "mynumber" << "yamada-hanako" << QStringList{"--pin", "1234"};
    QTest::newRow("照合番号B, long address") << "mynumber" << "suzuki-ichiro" << QStringList{"--collation-b", "64010720311357"};
    QTest::newRow("rare kanji") << "mynumber" << "takasaki-yoshitaro" << QStringList{"--pin", "9753"};
    QTest::newRow("マイナ免許証") << "mynumber" << "suzuki-ichiro" << QStringList{"--collation-b", "64010720311357", "--licence-pin", "8642"};
    QTest::newRow("licence, 本籍") << "licence" << "yamada-hanako" << QStringList{"--pin1", "1111", "--pin2", "2222", "--domicile"};
    QTest::newRow("licence, new address") << "licence" << "suzuki-ichiro" << QStringList{"--pin1", "4826", "--pin2", "7391"};
    QTest::newRow("residence card, first generation") << "residence" << "tran-thi-mai" << QStringList{"--card-number", "AB12345678CD"};
    QTest::newRow("residence card, second generation") << "residence" << "silva-lucas" << QStringList{"--card-number", "UH98765432BR"};
    QTest::newRow("特定在留カード (07)") << "residence" << "hoang-minh" << QStringList{"--collation-b", "99032120314417", "--card-number", "FK55667788HM"};
    QTest::newRow("passport, BAC") << "passport" << "yamada-hanako"
                                   << QStringList{"--document-number", "TZ1234567", "--birth-date", "1980-02-17", "--expiry-date", "2032-06-01"};
    QTest::newRow("passport, PACE with CAN, CA") << "passport" << "silva-lucas" << QStringList{"--can", "123456"};
    // The MRZ read off a picture of the data page: neither the picture's reading nor the key remains.
    const QString page = m_pictures.filePath("page.png");
    QProcess::execute(ProgramPaths::cardsim(), {"--card", "passport", "--persona", "suzuki-ichiro", "--face-image", page});
    QTest::newRow("passport, MRZ from a picture") << "passport" << "suzuki-ichiro" << QStringList{"--card-image", page};
    // 照合番号B from a picture of the card's front, and a residence card's number likewise.
    const QString front = m_pictures.filePath("front.png");
    QProcess::execute(ProgramPaths::cardsim(), {"--card", "mynumber", "--persona", "yamada-hanako", "--face-image", front});
    QTest::newRow("照合番号B from a picture") << "mynumber" << "yamada-hanako" << QStringList{"--card-image", front};
    const QString residenceFront = m_pictures.filePath("residence-front.png");
    QProcess::execute(ProgramPaths::cardsim(), {"--card", "residence", "--persona", "tran-thi-mai", "--face-image", residenceFront});
    QTest::newRow("residence card number from a picture") << "residence" << "tran-thi-mai" << QStringList{"--card-image", residenceFront};
}

void TestNoCustomerDataInMemory::after_the_read()
{
    QFETCH(QString, card);
    QFETCH(QString, persona);
    QFETCH(QStringList, credential);
    const Persona p = Persona::load(persona).value();
    const bool licence = card == QLatin1String("licence");
    const bool residence = card == QLatin1String("residence");
    const bool passport = card == QLatin1String("passport");
    const QString number = licence     ? p.document("licence").value("number").toString()
                           : residence ? p.document("residence").value("cardNumber").toString()
                           : passport  ? p.document("passport").value("documentNumber").toString()
                                       : p.document("mynumber").value("myNumber").toString();
    QProcess read;
    read.start(ProgramPaths::read(), QStringList{"--sim", card + ":" + persona, "--json", "--linger", "20"} + credential);
    QVERIFY(read.waitForStarted());
    QByteArray report;
    for (int i = 0; i < 100 && !report.endsWith('\n'); ++i)
        if (read.waitForReadyRead(200))
            report += read.readAllStandardOutput();
    // Second-generation residence cards hold the address as an image only: their number shows the read ended.
    // Passports hold no Japanese address: their number shows the read ended.
    QVERIFY2(report.contains(p.address().toUtf8()) || ((residence || passport) && report.contains(number.toUtf8())), "the read did not complete");
    QTest::qWait(300);
    const QByteArray image = writableMemory(read.processId());
    read.kill();
    read.waitForFinished();
    QVERIFY(image.size() > 1000000);

    QMap<QString, QByteArray> needles;
    for (const auto& [what, text] : {std::pair{"name", p.nameKanji()}, std::pair{"kana", p.nameKana()}, std::pair{"address", p.address()},
                                     std::pair{"birth date", p.birthDate().toString(Qt::ISODate)},
                                     std::pair{"birth date (card)", p.birthDate().toString("yyyyMMdd")}, std::pair{"number", number},
                                     std::pair{"name (Latin)", p.nameLatin()}}) {
        addText(needles, QString::fromUtf8(what), text);
    }
    if (card == QLatin1String("mynumber"))  // the credential itself: typed, or read off a picture
        addText(needles, QStringLiteral("照合番号B"), MyNumberSim::collationB(p));
    if (licence) {
        // The licence stores text as JIS X 0208 (drivers-licence.md §A4): those bytes too, and 本籍.
        const auto j8 = [](const QString& text) {
            QByteArray out;
            for (char32_t code : text.toUcs4())
                out += JisX0208::encodeCharacter(QString::fromUcs4(&code, 1)).value_or(QByteArray());
            return out;
        };
        needles.insert("name JIS X 0208", j8(p.nameKanji()));
        needles.insert("address JIS X 0208", j8(p.address()).left(24));
        const QString domicile = p.document("licence").value("domicile").toString();
        needles.insert("本籍 UTF-8", domicile.toUtf8());
        needles.insert("本籍 JIS X 0208", j8(domicile));
    } else {
        // Residence cards: the address as the first generation stores it (Shift_JIS-2004, residence-card.md §B1),
        // and the photo as the virtual card carries it.
        if (residence)
            needles.insert("address Shift_JIS", Iconv("SHIFT_JISX0213", "UTF-8").convert(p.address().toUtf8()).value_or(QByteArray()).left(24));
        const QByteArray photo = residence  ? PersonaImages::faceJpeg2000(p, 3000, Jpeg2000::Container::Jp2)
                                 : passport ? passportPhotoOf(p)
                                            : photoOf(p);
        QVERIFY(photo.size() > 1000);
        addPhotoSlices(needles, photo);
    }
    QCOMPARE(occurrences(image, needles), 0);
}

void TestNoCustomerDataInMemory::after_the_kiosk_tour()
{
    // The kiosk's screenshot tour walks every step with a My Number card (yamada-hanako, 照合番号B),
    // a licence (takasaki-yoshitaro, both PINs), a residence card (silva-lucas), a passport
    // (yamada-hanako) and a マイナ免許証 (suzuki-ichiro, 照合番号B and licence PIN), each visit ended
    // by finishing or by taking the card off. Afterwards the widgets, the print previews and the
    // session must have let go of all of it — the signed record of the check (the kiosk signs with a
    // test key here) and staff's confirmation included.
    QTemporaryDir shots;
    const QString key = testKeyFile(shots);
    QVERIFY(!key.isEmpty());
    QProcess kiosk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    kiosk.setProcessEnvironment(env);
    kiosk.setProcessChannelMode(QProcess::SeparateChannels);
    kiosk.start(ProgramPaths::kiosk(),
                QStringList{"--demo", "--tour", shots.path(), "--linger", "30", "--signing-key", key, "--signing-cert", testKeyCertificate()});
    QVERIFY(kiosk.waitForStarted());
    QByteArray log;
    for (int i = 0; i < 600 && !log.contains("tour ended; lingering"); ++i)
        if (kiosk.waitForReadyRead(200) || kiosk.state() == QProcess::Running)
            log += kiosk.readAllStandardError();
    QVERIFY2(log.contains("tour ended; lingering"), log.constData());
    QVERIFY2(log.contains("evidence signing: terminal KIOSK-01"), log.constData());  // the sheets were signed
    QTest::qWait(500);
    const QByteArray image = writableMemory(kiosk.processId());
    kiosk.kill();
    kiosk.waitForFinished();
    QVERIFY(image.size() > 1000000);
    // The tour did read every card: the last review was shot.
    QVERIFY(QFile::exists(shots.filePath("ja-14-mynumber-licence-review.png")));
    // The search does find this process's strings: the demo panel lists the personas by id.
    const QString listed = QStringLiteral("takasaki-yoshitaro");
    QVERIFY(image.contains(utf16Bytes(listed)));

    QMap<QString, QByteArray> needles;
    const auto add = [&needles](const QString& what, const QString& text) { addText(needles, what, text); };
    for (const char* id : {"yamada-hanako", "takasaki-yoshitaro", "silva-lucas", "suzuki-ichiro"}) {
        const Persona p = Persona::load(id).value();
        add(QString::fromLatin1(id) + " name", p.nameKanji());
        add(QString::fromLatin1(id) + " kana", p.nameKana());
        add(QString::fromLatin1(id) + " address", p.address());
        add(QString::fromLatin1(id) + " birth date", p.birthDate().toString(Qt::ISODate));
    }
    const Persona yamada = Persona::load("yamada-hanako").value();
    add("My Number", yamada.document("mynumber").value("myNumber").toString());
    add("passport number", yamada.document("passport").value("documentNumber").toString());
    add("licence number", Persona::load("takasaki-yoshitaro").value().document("licence").value("number").toString());
    add("residence card number", Persona::load("silva-lucas").value().document("residence").value("cardNumber").toString());
    const QByteArray photo = photoOf(yamada);
    QVERIFY(photo.size() > 1000);
    addPhotoSlices(needles, photo);
    QCOMPARE(occurrences(image, needles), 0);
}

QTEST_MAIN(TestNoCustomerDataInMemory)
#include "tst_NoCustomerDataInMemory.moc"
