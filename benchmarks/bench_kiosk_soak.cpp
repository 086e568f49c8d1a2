// Figures, no assertions: the kiosk through many visits in one process on virtual cards (every card
// kind, a マイナ免許証, wrong credentials, cards taken off mid-read and at the review, a mute card,
// idle timeouts), and what the process holds at the start and the end.
//   QT_QPA_PLATFORM=offscreen build/<preset>/benchmarks/bench_kiosk_soak [VISITS]   (default 10000)

#include "core/session/ProcessHardening.h"
#include "tests/support/KioskSoak.h"
#include "tests/support/ProcessFigures.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cstdio>

#include <malloc.h>

using namespace madoguchi;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    ProcessHardening::scrubFreedMemory();
    const int visits = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const ProcessFigures before = ProcessFigures::now();
    ProcessFigures afterFirst;
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    KioskSoak soak;
    for (int i = 0; i < visits; ++i) {
        if (!soak.visit(i))
            ++failed;
        if (i == 15)
            afterFirst = ProcessFigures::now();
        if ((i + 1) % 1000 == 0)
            std::printf("%6d visits  %s\n", i + 1, qPrintable(ProcessFigures::now().toString()));
    }
    const ProcessFigures end = ProcessFigures::now();
    std::printf("\n%d visits in %.0f s (%.0f ms each), %d did not end at step 1\n", visits, clock.elapsed() / 1000.0,
                double(clock.elapsed()) / visits, failed);
    for (auto it = soak.kinds().cbegin(); it != soak.kinds().cend(); ++it)
        std::printf("  %5d  %s\n", it.value(), qPrintable(it.key()));
    // What of the growth is memory the allocator holds free (fragmentation), not memory in use.
    malloc_trim(0);
    std::printf("before the kiosk:     %s\nafter 16 visits:      %s\nafter %5d visits:    %s\nand after malloc_trim: %s\n",
                qPrintable(before.toString()), qPrintable(afterFirst.toString()), visits, qPrintable(end.toString()),
                qPrintable(ProcessFigures::now().toString()));
    return 0;
}
