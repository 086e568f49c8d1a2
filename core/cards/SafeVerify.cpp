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

Result<SafeVerify::Outcome, ReaderError> SafeVerify::run(ApduTransport& transport, quint8 p2, const SecureBytes& secret,
                                                         bool allowLastTry)
{
    // An empty VERIFY is the query: sending an empty secret by mistake must not look like one.
    if (secret.isEmpty())
        return ReaderError(ReaderError::Kind::Unsupported, QStringLiteral("empty credential"));
    auto query = transport.transmit(CommandApdu(0x00, kInsVerify, 0x00, p2));
    if (!query)
        return query.error();
    if (query->isSuccess())  // already verified in this card session (mynumber.md §2 [U])
        return Outcome{Status::Verified, std::nullopt};
    auto tries = interpretQuery(query->sw());
    if (!tries)
        return tries.error();
    if (*tries == 0)
        return Outcome{Status::Blocked, 0};
    if (*tries == 1 && !allowLastTry)
        return Outcome{Status::LastTryRefused, 1};

    QByteArray data(secret.data(), secret.size());
    auto response = transport.transmit(CommandApdu(0x00, kInsVerify, 0x00, p2, data));
    OPENSSL_cleanse(data.data(), size_t(data.size()));
    qCDebug(lcSecret) << "VERIFY sent for key reference" << Qt::hex << p2;
    if (!response)
        return response.error();
    const StatusWord sw = response->sw();
    if (sw.isSuccess())
        return Outcome{Status::Verified, *tries};
    if (const auto left = sw.triesLeft())
        return Outcome{*left == 0 ? Status::Blocked : Status::Rejected, *left};
    if (sw.isBlocked())
        return Outcome{Status::Blocked, 0};
    if (sw == StatusWord::kVerifyFailedNoCounter)
        return Outcome{Status::Rejected, std::nullopt};
    return ReaderError::refused(sw, QStringLiteral("VERIFY: %1").arg(sw.meaning()));
}

QString SafeVerify::statusName(Status status)
{
    switch (status) {
    case Status::Verified: return QStringLiteral("verified");
    case Status::Rejected: return QStringLiteral("rejected");
    case Status::Blocked: return QStringLiteral("blocked");
    case Status::LastTryRefused: return QStringLiteral("last-try-refused");
    }
    return {};
}

} // namespace madoguchi
