// Prints, for every card kind read through the one read path (CardRead) on a virtual card with each
// quirk of real chips and readers (core/sim/SimQuirks): APDUs, bytes each way and the modelled link
// time at 212 kbit/s, beside the same read of a tidy card. Where a quirk limits the answer size to N
// bytes (cap=N, refuse-above=N, no extended length: 255), "tidy split": the tidy read's exchanges
// with every answer split into pieces of N bytes — the floor for that chunk size, but that a tidy
// extended read also brings the filler after a file's object, which a chunked read leaves unread.
// Figures, no assertions.

#include "core/base/ResourceLocator.h"
#include "core/cards/read/CardRead.h"
#include "core/reader/SimBackend.h"
#include "core/sim/LinkModel.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardFactory.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace madoguchi;
using Route = MyNumberReader::Request::Route;

namespace {

struct Card
{
    const char* name;
    SimCardType type;
    const char* persona;
    std::function<void(CardReadRequest&)> credential;
};

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    const TrustStore trust = TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")));
    const QList<Card> cards{
        {"My Number (B)", SimCardType::MyNumber, "yamada-hanako",
         [](CardReadRequest& r) {
             r.myNumber.myNumber.route = Route::CollationB;
             r.myNumber.myNumber.secret = SecureBytes(QByteArray("55021720352285"));
         }},
        {"My Number+licence", SimCardType::MyNumber, "suzuki-ichiro",
         [](CardReadRequest& r) {
             r.myNumber.myNumber.route = Route::CollationB;
             r.myNumber.myNumber.secret = SecureBytes(QByteArray("64010720311357"));
             r.myNumber.licencePin = SecureBytes(QByteArray("8642"));
         }},
        {"licence", SimCardType::Licence, "suzuki-ichiro",
         [](CardReadRequest& r) {
             r.licence.access = LicenceReader::Request::Access::Pin1AndPin2;
             r.licence.pin1 = SecureBytes(QByteArray("4826"));
             r.licence.pin2 = SecureBytes(QByteArray("7391"));
         }},
        {"passport (BAC)", SimCardType::Passport, "yamada-hanako",
         [](CardReadRequest& r) { r.passport.mrz = MrzKey::fromParts(QStringLiteral("TZ1234567"), QStringLiteral("19800217"), QStringLiteral("20320601")).value(); }},
        {"residence card", SimCardType::Residence, "tran-thi-mai",
         [](CardReadRequest& r) { r.residence.cardNumber = SecureBytes(QByteArray("AB12345678CD")); }},
    };
    const QStringList quirks{QString(), QStringLiteral("cap=255"), QStringLiteral("cap=160"), QStringLiteral("refuse-above=160"),
                             QStringLiteral("eof-warning"), QStringLiteral("select-le-refused"), QStringLiteral("no-extended-length")};
    std::printf("%-16s %-20s %6s %9s %9s %11s %13s  %s\n", "card", "quirk", "APDUs", "sent B", "recv B", "212 kbit/s", "tidy split", "result");
    const LinkModel model(212'000, std::chrono::milliseconds(5));
    for (const Card& card : cards) {
        const Persona persona = Persona::load(QLatin1String(card.persona)).value();
        LinkStats tidy;
        for (const QString& quirk : quirks) {
            SimCardOptions options;
            options.quirks = SimQuirks::parse(quirk, &options.extendedLength).value();
            SimBackend backend;
            backend.insertCard(QStringLiteral("r"), SimCardFactory::create(card.type, persona, options));
            auto channel = std::move(backend.connectCard(QStringLiteral("r"))).value();
            CardReadRequest request;
            card.credential(request);
            const auto detection = CardDetector(*channel).detect();
            const auto outcome = detection ? CardRead::read(*channel, *detection, std::move(request), trust)
                                           : Result<CardReadOutcome, ReaderError>(detection.error());
            const LinkStats& stats = channel->stats();
            if (quirk.isEmpty())
                tidy = stats;
            const double ms = double(model.totalTime(stats).count()) / 1000.0;
            const QString result = outcome ? Verification::verdictName(outcome->verification.verdict()) : outcome.error().code();
            const int chunk = options.quirks.answerCap > 0 ? options.quirks.answerCap
                              : options.quirks.largestRead > 0 ? options.quirks.largestRead
                              : !options.extendedLength ? CommandApdu::kShortReadLe : 0;
            QByteArray bound("—");
            if (chunk > 0) {
                LinkStats split;
                for (const LinkStats::Exchange& exchange : tidy.exchanges())
                    for (int data = exchange.received - 2, first = 1; first || data > 0; data -= chunk, first = 0)
                        split.record(exchange.sent, std::min(data, chunk) + 2);
                bound = QStringLiteral("%1 %2 ms").arg(split.apdus(), 4).arg(double(model.totalTime(split).count()) / 1000.0, 5, 'f', 0).toUtf8();
            }
            std::printf("%-16s %-20s %6d %9lld %9lld %8.0f ms %13s  %s\n", card.name, quirk.isEmpty() ? "(tidy card)" : qPrintable(quirk),
                        stats.apdus(), stats.bytesSent(), stats.bytesReceived(), ms, bound.constData(), qPrintable(result));
        }
    }
    std::printf("Link model: 5 ms turnaround per APDU + 10 bit times per byte (core/sim/LinkModel); \"unverified\" is the\n"
                "best verdict on the virtual cards' test anchors.\n");
    return 0;
}
