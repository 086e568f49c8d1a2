// Prints how well credentials read off camera frames, for each kind the kiosk reads by camera: the
// MRZ of a passport (TD3) and of an ID card (TD1) (MrzReader), 照合番号B's printed values on a My
// Number card's front (MyNumberFrontReader) and a residence card's number (ResidenceNumberReader).
// Documents of made-up holders (RandomTraveller) are rendered (PassportDataPage, IdCardBack,
// MyNumberCardFront, ResidenceCardFront) and photographed once each as a counter camera would (CameraShot: perspective up to ±15°, rotation,
// blur, noise, glare, JPEG quality 30–80, 640 × 480 or 1280 × 720). Per kind and frame size: frames,
// values read and right, values read and WRONG, time per frame (median and 95th percentile, one core).
// Then as the kiosk takes it: more documents, each shot up to 6 times, a value offered when frames
// agree (ReadingAgreement; 2 for the MRZ, 3 for the card fronts' values, which carry no check
// digit) — documents read, WRONG (must be 0), frames needed.

#include "core/cards/mynumber/PrintedCollation.h"
#include "core/ocr/MrzReader.h"
#include "core/ocr/MyNumberFrontReader.h"
#include "core/ocr/ReadingAgreement.h"
#include "core/ocr/ResidenceNumberReader.h"
#include "core/sim/IdCardBack.h"
#include "core/sim/MyNumberCardFront.h"
#include "core/sim/PassportDataPage.h"
#include "core/sim/PassportMrz.h"
#include "core/sim/ResidenceCardFront.h"
#include "tests/support/CameraShot.h"
#include "tests/support/RandomTraveller.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace madoguchi;

namespace {

constexpr int kFrames = 240;
constexpr int kDocuments = 120;
constexpr int kShotsPerDocument = 6;

struct Figures
{
    int frames = 0;
    int right = 0;
    int wrong = 0;
    QList<double> ms;
};

// One kind of document: its picture and the value a reader should give for it.
struct Kind
{
    const char* name;
    FrameReader* reader;
    std::function<std::pair<QImage, QByteArray>(const Persona&)> document;
};

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min(values.size() - 1, qsizetype(share * values.size())));
}

std::pair<QImage, QByteArray> passport(const Persona& holder)
{
    QByteArray information;
    PassportMrz::td3(holder, &information);
    return {PassportDataPage::fromPersona(holder).render(), information};
}

std::pair<QImage, QByteArray> idCard(const Persona& holder)
{
    QByteArray information;
    PassportMrz::td1(holder, &information);
    return {IdCardBack::fromPersona(holder).render(), information};
}

std::pair<QImage, QByteArray> myNumberCard(const Persona& holder)
{
    PrintedCollation printed;
    printed.birthDate = holder.birthDate();
    printed.birthYear = holder.nationality() == QLatin1String("JPN") ? CollationNumberB::BirthYear::JapaneseEra : CollationNumberB::BirthYear::Gregorian;
    const QJsonObject doc = holder.document(QStringLiteral("mynumber"));
    printed.expiryYear = QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate).year();
    printed.securityCode = doc.value(QLatin1String("securityCode")).toString();
    return {MyNumberCardFront::fromPersona(holder).render(), printed.toBytes().view().toByteArray()};
}

std::pair<QImage, QByteArray> residenceCard(const Persona& holder)
{
    return {ResidenceCardFront::fromPersona(holder).render(),
            holder.document(QStringLiteral("residence")).value(QLatin1String("cardNumber")).toString().toLatin1()};
}

void measure(const Kind& kind, QRandomGenerator& random)
{
    QMap<QString, Figures> bySize;
    QMap<QString, int> reasons;
    for (int i = 0; i < kFrames; ++i) {
        const auto [document, expected] = kind.document(RandomTraveller::make(random));
        const CameraShot shot = CameraShot::random(random);
        const QImage frame = shot.shoot(document);
        QElapsedTimer timer;
        timer.start();
        const auto value = kind.reader->readCredential(frame);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!value)
            ++reasons[value.error().left(60)];
        for (const QString& size : {QStringLiteral("%1x%2").arg(shot.frame.width()).arg(shot.frame.height()), QStringLiteral("all")}) {
            Figures& f = bySize[size];
            ++f.frames;
            f.ms.append(ms);
            if (value && value->view() == QByteArrayView(expected))
                ++f.right;
            else if (value)
                ++f.wrong;
        }
    }
    std::printf("\n== %s ==\n%-10s %7s %11s %6s %10s %10s\n", kind.name, "frame", "frames", "read right", "WRONG", "median ms", "p95 ms");
    for (auto it = bySize.cbegin(); it != bySize.cend(); ++it)
        std::printf("%-10s %7d %5d %4.0f %% %6d %10.1f %10.1f\n", qPrintable(it.key()), it->frames, it->right, 100.0 * it->right / it->frames, it->wrong,
                    percentile(it->ms, 0.5), percentile(it->ms, 0.95));
    int agreedRight = 0;
    int agreedWrong = 0;
    int framesNeeded = 0;
    for (int i = 0; i < kDocuments; ++i) {
        const auto [document, expected] = kind.document(RandomTraveller::make(random));
        ReadingAgreement agreement(kind.reader->framesToAgree());
        for (int shot = 1; shot <= kShotsPerDocument; ++shot) {
            const auto value = kind.reader->readCredential(CameraShot::random(random).shoot(document));
            if (!value)
                continue;
            const auto agreed = agreement.offer(*value);
            if (!agreed)
                continue;
            (agreed->view() == QByteArrayView(expected) ? agreedRight : agreedWrong) += 1;
            framesNeeded += shot;
            break;
        }
    }
    std::printf("%d documents, up to %d frames each, %d frames agreeing: %d read (%.0f %%), %d WRONG, %.1f frames on average\n", kDocuments,
                kShotsPerDocument, kind.reader->framesToAgree(), agreedRight, 100.0 * agreedRight / kDocuments, agreedWrong,
                agreedRight + agreedWrong ? double(framesNeeded) / (agreedRight + agreedWrong) : 0.0);
    std::printf("frames that gave nothing, by reason:\n");
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        std::printf("%5d  %s\n", it.value(), qPrintable(it.key()));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString why;
    auto mrz = MrzReader::create(&why);
    auto myNumber = MyNumberFrontReader::create(&why);
    auto residence = ResidenceNumberReader::create(&why);
    if (!mrz || !myNumber || !residence) {
        std::fprintf(stderr, "bench_ocr: %s\n", qPrintable(why));
        return 1;
    }
    // Which kinds: all, or those named on the command line (passport, idcard, mynumber, residence).
    const QStringList wanted = app.arguments().mid(1);
    for (const Kind& kind : {Kind{"passport", mrz.get(), passport}, Kind{"idcard", mrz.get(), idCard}, Kind{"mynumber", myNumber.get(), myNumberCard},
                             Kind{"residence", residence.get(), residenceCard}})
        if (wanted.isEmpty() || wanted.contains(QLatin1String(kind.name))) {
            QRandomGenerator random(qHash(QByteArrayView(kind.name)));  // each kind its own documents and shots
            measure(kind, random);
        }
    return 0;
}
