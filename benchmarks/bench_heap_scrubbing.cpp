// Prints what wiping every freed heap block costs (ProcessHardening::scrubFreedMemory, which every
// program turns on first thing): the kiosk's heaviest read — a passport in this process: BAC, 3DES
// secure messaging, DG2's 20 KB JPEG 2000 face decoded, EF.SOD and the DS chain checked, Active
// Authentication — repeated, timed, with the heap's traffic alongside.
// Built twice from this file: bench_heap_scrubbing (scrubbing on) and bench_heap_unscrubbed (off).

#include "core/base/ResourceLocator.h"
#include "core/cards/passport/PassportReader.h"
#include "core/reader/SimBackend.h"
#include "core/session/ProcessHardening.h"
#include "core/sim/PassportSim.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace madoguchi;

int main(int argc, char* argv[])
{
#if MADOGUCHI_BENCH_SCRUB
    const bool scrubbing = ProcessHardening::scrubFreedMemory();
#else
    const bool scrubbing = false;
#endif
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const TrustStore trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    const Persona yamada = Persona::load(QStringLiteral("yamada-hanako")).value();
    const QJsonObject doc = yamada.document(QStringLiteral("passport"));
    SimBackend backend;
    backend.insertCard(QStringLiteral("r"), PassportSim::build(yamada, {}));

    constexpr int kReads = 30;
    std::vector<double> times;
    for (int i = 0; i < kReads; ++i) {
        auto channel = std::move(backend.connectCard(QStringLiteral("r"))).value();
        PassportReader::Request request;
        request.mrz = MrzKey::fromParts(doc.value(QLatin1String("documentNumber")).toString(), yamada.birthDate().toString(Qt::ISODate),
                                        doc.value(QLatin1String("expiryDate")).toString())
                          .value();
        QElapsedTimer timer;
        timer.start();
        const auto outcome = PassportReader(*channel, trust).read(request);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!outcome) {
            std::printf("read failed: %s\n", qPrintable(outcome.error().describe()));
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    const struct mallinfo2 heap = mallinfo2();
    std::printf("heap scrubbing %-3s  passport read (BAC, DG1 DG2 DG11 DG12 DG15 EF.SOD, AA) × %d: median %.1f ms, fastest %.1f ms, "
                "slowest %.1f ms; heap in use afterwards %zu KiB\n",
                scrubbing ? "on" : "off", kReads, times[times.size() / 2], times.front(), times.back(), heap.uordblks / 1024);
    return 0;
}
