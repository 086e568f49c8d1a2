// Prints how well the MRZ of a passport's data page reads off camera frames: 240 data pages of
// made-up travellers (RandomTraveller) rendered with OCR-B (PassportDataPage), each photographed
// once as a counter camera would (CameraShot: perspective up to ±15°, rotation, blur, noise, glare,
// JPEG quality 30–80, 640 × 480 or 1280 × 720). Per frame size: frames, MRZs read and right, MRZs
// read and WRONG, and the time per frame (median and 95th percentile, one core). Then as the kiosk
// and madoguchi-read take it: 120 more passports, each shot up to 6 times, a value offered when two
// frames agree (ReadingAgreement) — passports read, WRONG (must be 0), frames needed.

#include "core/ocr/MrzReader.h"
#include "core/ocr/ReadingAgreement.h"
#include "core/sim/PassportDataPage.h"
#include "core/sim/PassportMrz.h"
#include "tests/support/CameraShot.h"
#include "tests/support/RandomTraveller.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMap>

#include <algorithm>
#include <cstdio>

using namespace madoguchi;

namespace {

constexpr int kFrames = 240;
constexpr int kPassports = 120;
constexpr int kShotsPerPassport = 6;

struct Figures
{
    int frames = 0;
    int right = 0;
    int wrong = 0;
    QList<double> ms;
};

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min(values.size() - 1, qsizetype(share * values.size())));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString why;
    auto reader = MrzReader::create(&why);
    if (!reader) {
        std::fprintf(stderr, "bench_ocr: %s\n", qPrintable(why));
        return 1;
    }
    QRandomGenerator random(2026);
    QMap<QString, Figures> bySize;
    QMap<QString, int> reasons;
    for (int i = 0; i < kFrames; ++i) {
        const Persona traveller = RandomTraveller::make(random);
        QByteArray information;
        PassportMrz::td3(traveller, &information);
        const CameraShot shot = CameraShot::random(random);
        const QImage frame = shot.shoot(PassportDataPage::fromPersona(traveller).render());
        QElapsedTimer timer;
        timer.start();
        const auto key = reader->read(frame);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!key)
            ++reasons[key.error().left(60)];
        for (const QString& size : {QStringLiteral("%1x%2").arg(shot.frame.width()).arg(shot.frame.height()), QStringLiteral("all")}) {
            Figures& f = bySize[size];
            ++f.frames;
            f.ms.append(ms);
            if (key && key->information().view() == QByteArrayView(information))
                ++f.right;
            else if (key)
                ++f.wrong;
        }
    }
    std::printf("%-10s %7s %11s %6s %10s %10s\n", "frame", "frames", "read right", "WRONG", "median ms", "p95 ms");
    for (auto it = bySize.cbegin(); it != bySize.cend(); ++it)
        std::printf("%-10s %7d %5d %4.0f %% %6d %10.1f %10.1f\n", qPrintable(it.key()), it->frames, it->right, 100.0 * it->right / it->frames, it->wrong,
                    percentile(it->ms, 0.5), percentile(it->ms, 0.95));
    int agreedRight = 0;
    int agreedWrong = 0;
    int framesNeeded = 0;
    for (int i = 0; i < kPassports; ++i) {
        const Persona traveller = RandomTraveller::make(random);
        QByteArray information;
        PassportMrz::td3(traveller, &information);
        const QImage page = PassportDataPage::fromPersona(traveller).render();
        ReadingAgreement agreement;
        for (int shot = 1; shot <= kShotsPerPassport; ++shot) {
            const auto key = reader->read(CameraShot::random(random).shoot(page));
            if (!key)
                continue;
            const auto agreed = agreement.offer(key->information());
            if (!agreed)
                continue;
            (agreed->view() == QByteArrayView(information) ? agreedRight : agreedWrong) += 1;
            framesNeeded += shot;
            break;
        }
    }
    std::printf("\n%d passports, up to %d frames each, two frames agreeing: %d read (%.0f %%), %d WRONG, %.1f frames on average\n",
                kPassports, kShotsPerPassport, agreedRight, 100.0 * agreedRight / kPassports, agreedWrong,
                agreedRight + agreedWrong ? double(framesNeeded) / (agreedRight + agreedWrong) : 0.0);
    std::printf("\nframes that gave nothing, by reason:\n");
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        std::printf("%5d  %s\n", it.value(), qPrintable(it.key()));
    return 0;
}
