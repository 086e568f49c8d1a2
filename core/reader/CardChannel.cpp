#include "core/reader/CardChannel.h"

#include "core/base/Logging.h"
#include "core/reader/Atr.h"
#include "core/reader/PinPad.h"

#include <QCoreApplication>

namespace madoguchi {
namespace {

// Bounds on what a card may ask of us, so a hostile card cannot keep the kiosk busy forever.
constexpr int kMaxGetResponses = 300;  // 300 × 256 bytes > the largest Le
constexpr quint8 kInsGetResponse = 0xC0;

CardChannel::ExtendedLength fromAtr(const QByteArray& atr)
{
    const auto parsed = Atr::parse(atr);
    if (!parsed)
        return CardChannel::ExtendedLength::Unknown;
    const auto supported = parsed->extendedLengthSupported();
    if (!supported)
        return CardChannel::ExtendedLength::Unknown;
    return *supported ? CardChannel::ExtendedLength::Supported : CardChannel::ExtendedLength::Unsupported;
}

} // namespace

CardChannel::CardChannel(QString readerName, QByteArray atr)
    : m_readerName(std::move(readerName)), m_atr(std::move(atr)), m_extendedLength(fromAtr(m_atr))
{
}

int CardChannel::maxLe() const
{
    if (m_readLimit > 0)
        return m_readLimit;
    return m_extendedLength == ExtendedLength::Unsupported ? CommandApdu::kShortReadLe : CommandApdu::kMaxExtendedLe;
}

bool CardChannel::reduceReadSize(int refusedLe)
{
    const int smaller = smallerReadSize(std::min(refusedLe, maxLe()));
    if (smaller == 0)
        return false;
    qCInfo(lcReader) << "the card refused a read of" << refusedLe << "bytes; reading" << smaller << "at a time on" << m_readerName;
    m_readLimit = smaller;
    return true;
}

bool CardChannel::disableExtendedLength()
{
    if (m_extendedLength == ExtendedLength::Unsupported)
        return false;
    qCInfo(lcReader) << "extended length refused; using short APDUs on" << m_readerName;
    m_extendedLength = ExtendedLength::Unsupported;
    return true;
}

Result<ResponseApdu, ReaderError> CardChannel::exchange(const CommandApdu& command)
{
    if (!command.isValid())
        return ReaderError(ReaderError::Kind::Unsupported, QStringLiteral("invalid command %1").arg(command.header()));
    if (command.isExtended() && m_extendedLength == ExtendedLength::Unsupported)
        return ReaderError(ReaderError::Kind::Unsupported,
                           QStringLiteral("extended-length command %1 on a short-only link").arg(command.header()));
    const QByteArray encoded = command.encode();
    auto raw = transmitRaw(encoded);
    if (!raw)
        return raw.error();
    m_stats.record(int(encoded.size()), int(raw->size()));
    auto response = ResponseApdu::parse(*raw);
    if (!response)
        return ReaderError(ReaderError::Kind::CardMute, response.error());
    qCDebug(lcApdu).noquote() << command.header() << "→" << response->sw().toHex() << response->data().size() << "bytes";
    return *std::move(response);
}

Result<ResponseApdu, ReaderError> CardChannel::transmit(const CommandApdu& command)
{
    auto response = exchange(command);
    if (!response)
        return response;
    // ISO/IEC 7816-4 §5.3.2 (6Cxx): same command with Le = xx. Once only: a card that asks again is broken.
    if (const auto exact = response->sw().exactLength())
        response = exchange(command.withLe(*exact));
    if (!response)
        return response;
    // ISO/IEC 7816-4 §5.3.2 (61xx): GET RESPONSE until the card has nothing more.
    QByteArray data = response->data();
    for (int i = 0; response->sw().bytesAvailable(); ++i) {
        if (i == kMaxGetResponses)
            return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("card keeps answering 61xx"));
        const int more = *response->sw().bytesAvailable();
        response = exchange(CommandApdu(0x00, kInsGetResponse, 0x00, 0x00, {}, more));
        if (!response)
            return response;
        // A GET RESPONSE that brings nothing yet announces more would go on for ever.
        if (response->data().isEmpty() && response->sw().bytesAvailable())
            return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("card keeps answering 61xx without data"));
        data.append(response->data());
    }
    return ResponseApdu(std::move(data), response->sw());
}

Result<ResponseApdu, ReaderError> CardChannel::verifyOnPinPad(quint8 p2, int digits)
{
    if (!hasPinPad())
        return ReaderError(ReaderError::Kind::Unsupported, QStringLiteral("the reader has no PIN pad"));
    PinPad::Format format;
    format.digits = digits;
    const QByteArray structure = PinPad::verifyStructure(p2, format);
    auto raw = pinPadRaw(structure);
    if (!raw)
        return raw.error();
    m_stats.record(int(structure.size()), int(raw->size()));
    auto response = ResponseApdu::parse(*raw);
    if (!response)
        return ReaderError(ReaderError::Kind::CardMute, response.error());
    return *std::move(response);
}

Result<QByteArray, ReaderError> CardChannel::readFile(const FileRef& file, const FileReader::Options& options)
{
    return FileReader(*this).read(file, options);
}

} // namespace madoguchi
