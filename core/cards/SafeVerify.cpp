#include "core/cards/SafeVerify.h"

#include "core/base/Logging.h"

#include <openssl/crypto.h>

namespace madoguchi {
namespace {

constexpr quint8 kInsVerify = 0x20;

// A query's answer: x tries left (63Cx), no counter (6300: nullopt), or blocked (6983/6984: 0).
Result<std::optional<int>, ReaderError> interpretQuery(StatusWord sw)
{
    if (const auto tries = sw.triesLeft())
        return std::optional<int>(*tries);
    if (sw.isBlocked())
        return std::optional<int>(0);
    if (sw == StatusWord::kVerifyFailedNoCounter || sw.isSuccess())
        return std::optional<int>();
    return ReaderError::refused(sw, QStringLiteral("VERIFY (retry query): %1").arg(sw.meaning()));
}

} // namespace

Result<std::optional<int>, ReaderError> SafeVerify::triesLeft(ApduTransport& transport, quint8 p2)
{
    auto response = transport.transmit(CommandApdu(0x00, kInsVerify, 0x00, p2));
    if (!response)
        return response.error();
    return interpretQuery(response->sw());
}

Result<std::optional<SafeVerify::Outcome>, ReaderError> SafeVerify::precheck(ApduTransport& transport, quint8 p2, bool allowLastTry,
                                                                            std::optional<int>* tries)
{
    auto query = transport.transmit(CommandApdu(0x00, kInsVerify, 0x00, p2));
    if (!query)
        return query.error();
    if (query->isSuccess())  // already verified in this card session (mynumber.md §2 [U])
        return std::optional<Outcome>(Outcome{Status::Verified, std::nullopt});
    auto left = interpretQuery(query->sw());
    if (!left)
        return left.error();
    *tries = *left;
    if (*left == 0)
        return std::optional<Outcome>(Outcome{Status::Blocked, 0});
    if (*left == 1 && !allowLastTry)
        return std::optional<Outcome>(Outcome{Status::LastTryRefused, 1});
    return std::optional<Outcome>();
}

Result<SafeVerify::Outcome, ReaderError> SafeVerify::interpret(StatusWord sw, std::optional<int> triesBefore)
{
    if (sw.isSuccess())
        return Outcome{Status::Verified, triesBefore};
    if (const auto left = sw.triesLeft())
        return Outcome{*left == 0 ? Status::Blocked : Status::Rejected, *left};
    if (sw.isBlocked())
        return Outcome{Status::Blocked, 0};
    if (sw == StatusWord::kVerifyFailedNoCounter)
        return Outcome{Status::Rejected, std::nullopt};
    return ReaderError::refused(sw, QStringLiteral("VERIFY: %1").arg(sw.meaning()));
}

Result<SafeVerify::Outcome, ReaderError> SafeVerify::run(ApduTransport& transport, quint8 p2, const SecureBytes& secret,
                                                         bool allowLastTry)
{
    // An empty VERIFY is the query: sending an empty secret by mistake must not look like one.
    if (secret.isEmpty())
        return ReaderError(ReaderError::Kind::Unsupported, QStringLiteral("empty credential"));
    return guarded(transport, p2, allowLastTry, [&] {
        QByteArray data(secret.data(), secret.size());
        auto response = transport.transmit(CommandApdu(0x00, kInsVerify, 0x00, p2, data));
        OPENSSL_cleanse(data.data(), size_t(data.size()));
        qCDebug(lcSecret) << "VERIFY sent for key reference" << Qt::hex << p2;
        return response;
    });
}

Result<SafeVerify::Outcome, ReaderError> SafeVerify::runOnPinPad(ApduTransport& transport, quint8 p2, int digits, bool allowLastTry)
{
    return guarded(transport, p2, allowLastTry, [&] { return transport.verifyOnPinPad(p2, digits); });
}

Result<SafeVerify::Outcome, ReaderError> SafeVerify::guarded(ApduTransport& transport, quint8 p2, bool allowLastTry,
                                                             const std::function<Result<ResponseApdu, ReaderError>()>& send)
{
    std::optional<int> tries;
    auto early = precheck(transport, p2, allowLastTry, &tries);
    if (!early)
        return early.error();
    if (*early)
        return **early;
    auto response = send();
    if (!response)
        return response.error();
    return interpret(response->sw(), tries);
}

QString SafeVerify::statusName(Status status)
{
    switch (status) {
    case Status::Verified: return QStringLiteral("verified");
    case Status::Rejected: return QStringLiteral("rejected");
    case Status::Blocked: return QStringLiteral("blocked");
    case Status::LastTryRefused: return QStringLiteral("last-try-refused");
    case Status::RuledOut: return QStringLiteral("ruled-out");
    }
    return {};
}

} // namespace madoguchi
