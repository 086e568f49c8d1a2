// Prints, for each My Number card route: APDUs, bytes each way, modelled link time at the
// ISO/IEC 14443 bit rates, and the CPU time of the read (in process, no link delay) — with a card
// that takes extended-length APDUs and with one that takes short APDUs only.

#include "core/base/ResourceLocator.h"
#include "core/cards/mynumber/MyNumberReader.h"
#include "core/reader/SimBackend.h"
#include "core/sim/LinkModel.h"
#include "core/sim/MyNumberSim.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using namespace madoguchi;
using Route = MyNumberReader::Request::Route;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Persona persona = Persona::load(QStringLiteral("yamada-hanako")).value();
    const TrustStore trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    const struct
    {
        const char* name;
        Route route;
        QByteArray secret;
    } routes[] = {
        {"none (free data)", Route::None, {}},
        {"PIN", Route::Pin, "1234"},
        {"collation B", Route::CollationB, MyNumberSim::collationB(persona).toLatin1()},
        {"collation A", Route::CollationA, "123456789018"},
    };
    std::printf("%-18s %-9s %6s %9s %9s %10s %10s %10s %9s\n", "route", "APDUs", "count", "sent B", "recv B", "106 kbit/s",
                "212 kbit/s", "424 kbit/s", "CPU ms");
    for (const bool extended : {true, false}) {
        for (const auto& r : routes) {
            SimCardOptions options;
            options.extendedLength = extended;
            SimBackend backend;
            backend.insertCard(QStringLiteral("r"), MyNumberSim::build(persona, options));
            auto channel = std::move(backend.connectCard(QStringLiteral("r"))).value();
            MyNumberReader::Request request;
            request.route = r.route;
            request.secret = SecureBytes(r.secret);
            QElapsedTimer timer;
            timer.start();
            const auto outcome = MyNumberReader(*channel, trust).read(request);
            const double cpuMs = double(timer.nsecsElapsed()) / 1e6;
            if (!outcome) {
                std::printf("%s: %s\n", r.name, qPrintable(outcome.error().describe()));
                return 1;
            }
            const LinkStats& stats = channel->stats();
            const auto ms = [&](int bps) {
                return double(LinkModel(bps, std::chrono::milliseconds(5)).totalTime(stats).count()) / 1000.0;
            };
            std::printf("%-18s %-9s %6d %9lld %9lld %8.0f ms %8.0f ms %8.0f ms %9.1f\n", r.name, extended ? "extended" : "short",
                        stats.apdus(), stats.bytesSent(), stats.bytesReceived(), ms(106'000), ms(212'000), ms(424'000), cpuMs);
        }
    }
    std::printf("Link model: 5 ms turnaround per APDU + 10 bit times per byte (core/sim/LinkModel).\n");
    return 0;
}
