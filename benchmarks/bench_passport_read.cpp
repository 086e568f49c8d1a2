// Prints, for reading DG1 + DG2 + EF.SOD of the virtual passports under secure messaging: APDUs,
// bytes each way and the modelled link time at 424 kbit/s with 3 ms per APDU — with extended length
// and with short APDUs only — against the lower bound for the same files (one SELECT per file and
// the fewest reads the chunk size allows, the file bytes alone on the wire). Then the same figures
// for the whole read the kiosk does (access, EF.COM, DG14 + CA, DG1, DG2, DG11, DG12, DG15, EF.SOD, AA).

#include "core/base/ResourceLocator.h"
#include "core/cards/passport/BacProtocol.h"
#include "core/cards/passport/LdsFile.h"
#include "core/cards/passport/PassportReader.h"
#include "core/reader/FileReader.h"
#include "core/reader/SimBackend.h"
#include "core/sim/LinkModel.h"
#include "core/sim/PassportSim.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cmath>
#include <cstdio>

using namespace madoguchi;

namespace {

const LinkModel kLink(424'000, std::chrono::milliseconds(3));  // the model link

double milliseconds(int apdus, qint64 sent, qint64 received)
{
    return double(apdus) * 3.0 + double(sent + received) * LinkModel::kBitsPerByte * 1000.0 / kLink.bitsPerSecond();
}

struct Figures
{
    int apdus = 0;
    qint64 sent = 0;
    qint64 received = 0;
    qint64 fileBytes = 0;
    int lowerApdus = 0;
};

MrzKey mrzOf(const Persona& persona)
{
    const QJsonObject doc = persona.document(QStringLiteral("passport"));
    return MrzKey::fromParts(doc.value(QLatin1String("documentNumber")).toString(), persona.birthDate().toString(Qt::ISODate),
                             doc.value(QLatin1String("expiryDate")).toString())
        .value();
}

// DG1, DG2 and EF.SOD read after BAC, the counts of those reads only.
Figures files(const Persona& persona, bool extended)
{
    SimCardOptions options;
    options.extendedLength = extended;
    SimBackend backend;
    backend.insertCard(QStringLiteral("r"), PassportSim::build(persona, options));
    auto channel = std::move(backend.connectCard(QStringLiteral("r"))).value();
    if (!extended)
        channel->disableExtendedLength();
    channel->transmit(CommandApdu(0x00, 0xA4, 0x04, 0x0C, QByteArray::fromHex("A0000002471001")));
    auto access = BacProtocol::run(*channel, mrzOf(persona).information().view());
    Figures out;
    if (!access || !access->session)
        return out;
    const int apdus = channel->stats().apdus();
    const qint64 sent = channel->stats().bytesSent();
    const qint64 received = channel->stats().bytesReceived();
    for (quint16 fid : {LdsFile::fidOf(1), LdsFile::fidOf(2), LdsFile::kSod}) {
        auto bytes = FileReader(*access->session).read(FileRef::fid(fid));
        if (!bytes)
            return {};
        out.fileBytes += bytes->size();
        out.lowerApdus += 1 + int(std::ceil(double(bytes->size()) / access->session->maxLe()));
    }
    out.apdus = channel->stats().apdus() - apdus;
    out.sent = channel->stats().bytesSent() - sent;
    out.received = channel->stats().bytesReceived() - received;
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const TrustStore trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    const Persona yamada = Persona::load(QStringLiteral("yamada-hanako")).value();

    std::printf("DG1 + DG2 + EF.SOD under BAC (3DES secure messaging), yamada-hanako\n");
    std::printf("%-9s %6s %9s %9s %9s %11s | %12s %13s\n", "APDUs", "count", "sent B", "recv B", "file B", "424k+3ms", "lower APDUs", "lower bound");
    for (const bool extended : {true, false}) {
        const Figures f = files(yamada, extended);
        const double lower = milliseconds(f.lowerApdus, 0, f.fileBytes);
        std::printf("%-9s %6d %9lld %9lld %9lld %8.0f ms | %12d %10.0f ms\n", extended ? "extended" : "short", f.apdus, f.sent, f.received,
                    f.fileBytes, milliseconds(f.apdus, f.sent, f.received), f.lowerApdus, lower);
    }

    std::printf("\nWhole read as the kiosk does it\n");
    std::printf("%-15s %-9s %6s %9s %9s %11s %9s\n", "persona", "APDUs", "count", "sent B", "recv B", "424k+3ms", "CPU ms");
    for (const char* id : {"yamada-hanako", "silva-lucas", "suzuki-ichiro"}) {
        const Persona persona = Persona::load(QLatin1String(id)).value();
        for (const bool extended : {true, false}) {
            SimCardOptions options;
            options.extendedLength = extended;
            SimBackend backend;
            backend.insertCard(QStringLiteral("r"), PassportSim::build(persona, options));
            auto channel = std::move(backend.connectCard(QStringLiteral("r"))).value();
            if (!extended)
                channel->disableExtendedLength();
            PassportReader::Request request;
            request.mrz = mrzOf(persona);
            QElapsedTimer timer;
            timer.start();
            const auto outcome = PassportReader(*channel, trust).read(request);
            const double cpuMs = double(timer.nsecsElapsed()) / 1e6;
            if (!outcome) {
                std::printf("%s: %s\n", id, qPrintable(outcome.error().describe()));
                return 1;
            }
            const LinkStats& stats = channel->stats();
            std::printf("%-15s %-9s %6d %9lld %9lld %8.0f ms %9.1f\n", id, extended ? "extended" : "short", stats.apdus(), stats.bytesSent(),
                        stats.bytesReceived(), double(kLink.totalTime(stats).count()) / 1000.0, cpuMs);
        }
    }
    std::printf("Link model: 3 ms per APDU + 10 bit times per byte at 424 kbit/s (core/sim/LinkModel).\n"
                "Lower bound: one SELECT per file + ceil(size / largest SM chunk) reads, only the file bytes on the wire.\n");
    return 0;
}
