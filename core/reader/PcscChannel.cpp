#include "core/reader/PcscChannel.h"

#include "core/base/Logging.h"
#include "core/reader/PcscError.h"
#include "core/reader/PinPad.h"

#include <reader.h>

#include <thread>

namespace madoguchi {
namespace {

using namespace std::chrono_literals;

// Time limits for the PC/SC calls around the card's commands (PcscChannel::open for those).
constexpr auto kConnectTimeout = 15s;
constexpr auto kDisconnectTimeout = 5s;
// pcscd polls a reader for its card every 400 ms (pcsc-lite PCSCLITE_STATUS_POLL_RATE).
constexpr auto kRemovalNoticeTime = 1000ms;
constexpr auto kRemovalPoll = 100ms;

struct Connection
{
    SCARDHANDLE card;
    DWORD protocol;
    QByteArray atr;
};

} // namespace

PcscChannel::PcscChannel(std::shared_ptr<PcscWorker> worker, QString reader, QByteArray atr, SCARDHANDLE card,
                         DWORD protocol, std::chrono::milliseconds answerTimeout)
    : CardChannel(std::move(reader), std::move(atr)), m_worker(std::move(worker)), m_card(card), m_protocol(protocol),
      m_answerTimeout(answerTimeout)
{
}

Result<std::unique_ptr<CardChannel>, ReaderError> PcscChannel::open(std::shared_ptr<PcscWorker> worker, const QString& reader,
                                                                    std::chrono::milliseconds answerTimeout)
{
    const std::string name = reader.toStdString();
    auto connected = worker->run<Connection>(
        [name](SCARDCONTEXT context) -> Result<Connection, ReaderError> {
            Connection c{};
            LONG rv = SCardConnect(context, name.c_str(), SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T1, &c.card, &c.protocol);
            if (rv == LONG(SCARD_E_PROTO_MISMATCH))
                rv = SCardConnect(context, name.c_str(), SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0, &c.card, &c.protocol);
            if (rv != SCARD_S_SUCCESS)
                return PcscError::toReaderError(rv, "SCardConnect");
            rv = SCardBeginTransaction(c.card);
            if (rv == SCARD_S_SUCCESS) {
                BYTE atr[MAX_ATR_SIZE];
                DWORD atrLength = sizeof atr;
                DWORD state = 0;
                DWORD protocol = 0;
                rv = SCardStatus(c.card, nullptr, nullptr, &state, &protocol, atr, &atrLength);
                c.atr = QByteArray(reinterpret_cast<const char*>(atr), int(atrLength));
            }
            if (rv != SCARD_S_SUCCESS) {
                SCardDisconnect(c.card, SCARD_RESET_CARD);
                return PcscError::toReaderError(rv, "SCardBeginTransaction/SCardStatus");
            }
            return c;
        },
        kConnectTimeout);
    if (!connected)
        return connected.error();
    qCInfo(lcReader).noquote() << "connected to" << reader << (connected->protocol == SCARD_PROTOCOL_T1 ? "T=1" : "T=0");
    auto channel = std::unique_ptr<PcscChannel>(
        new PcscChannel(std::move(worker), reader, connected->atr, connected->card, connected->protocol, answerTimeout));
    channel->queryFeatures();
    return std::unique_ptr<CardChannel>(std::move(channel));
}

void PcscChannel::queryFeatures()
{
    const SCARDHANDLE card = m_card;
    auto features = m_worker->run<QByteArray>(
        [card](SCARDCONTEXT) -> Result<QByteArray, ReaderError> {
            QByteArray out(256, Qt::Uninitialized);
            DWORD length = 0;
            const LONG rv = SCardControl(card, CM_IOCTL_GET_FEATURE_REQUEST, nullptr, 0, out.data(), DWORD(out.size()), &length);
            if (rv != SCARD_S_SUCCESS)
                return PcscError::toReaderError(rv, "SCardControl(GET_FEATURE_REQUEST)");
            out.truncate(int(length));
            return out;
        },
        kDisconnectTimeout);
    // A reader (or driver, like vpcd) without part 10 support simply has no PIN pad.
    if (features)
        m_verifyPinDirect = PinPad::controlCode(*features, PinPad::kFeatureVerifyPinDirect);
    qCInfo(lcReader).noquote() << readerName() << (m_verifyPinDirect ? "has a PIN pad" : "has no PIN pad");
}

Result<QByteArray, ReaderError> PcscChannel::pinPadRaw(const QByteArray& structure)
{
    if (!m_verifyPinDirect)
        return ReaderError(ReaderError::Kind::Unsupported, QStringLiteral("the reader has no PIN pad"));
    const SCARDHANDLE card = m_card;
    const DWORD code = *m_verifyPinDirect;
    // The customer has the reader's own time limit (PinPad::Format) to type; wait a little longer.
    return m_worker->run<QByteArray>(
        [card, code, structure](SCARDCONTEXT) -> Result<QByteArray, ReaderError> {
            QByteArray out(258, Qt::Uninitialized);
            DWORD length = 0;
            const LONG rv = SCardControl(card, code, structure.constData(), DWORD(structure.size()), out.data(), DWORD(out.size()), &length);
            if (rv != SCARD_S_SUCCESS)
                return PcscError::toReaderError(rv, "SCardControl(VERIFY_PIN_DIRECT)");
            out.truncate(int(length));
            return out;
        },
        std::chrono::seconds(60));
}

PcscChannel::~PcscChannel()
{
    const SCARDHANDLE card = m_card;
    m_worker->run<bool>(
        [card](SCARDCONTEXT) -> Result<bool, ReaderError> {
            SCardEndTransaction(card, SCARD_LEAVE_CARD);
            // Reset, so that no PIN verified in this session stays verified on the card.
            SCardDisconnect(card, SCARD_RESET_CARD);
            return true;
        },
        kDisconnectTimeout);
}

Result<QByteArray, ReaderError> PcscChannel::transmitRaw(const QByteArray& command)
{
    const SCARDHANDLE card = m_card;
    const DWORD protocol = m_protocol;
    return m_worker->run<QByteArray>(
        [card, protocol, command](SCARDCONTEXT) -> Result<QByteArray, ReaderError> {
            // 64 KiB of data plus SW1 SW2: the largest extended response.
            QByteArray response(MAX_BUFFER_SIZE_EXTENDED, Qt::Uninitialized);
            DWORD length = DWORD(response.size());
            const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
            const LONG rv = SCardTransmit(card, pci, reinterpret_cast<const BYTE*>(command.constData()),
                                          DWORD(command.size()), nullptr, reinterpret_cast<BYTE*>(response.data()),
                                          &length);
            if (rv != SCARD_S_SUCCESS) {
                ReaderError error = PcscError::toReaderError(rv, "SCardTransmit");
                // acsccid #42 (passport.md §6): a reader without extended APDUs fails the transmit
                // itself; say so, so that the caller falls back to short APDUs.
                // An extended command is longer than 5 bytes with 00 in the place of a short Lc.
                const bool extended = command.size() > 5 && command[4] == 0;
                if (extended && error.kind() != ReaderError::Kind::CardRemoved
                    && error.kind() != ReaderError::Kind::ServiceUnavailable)
                    return ReaderError(ReaderError::Kind::Unsupported, error.detail());
                return error;
            }
            response.truncate(int(length));
            // No status word at all: some drivers (vpcd among them) answer so when the card has just
            // been taken away. Ask the reader, for as long as pcscd takes to notice (its presence poll),
            // before calling the card mute.
            for (auto waited = 0ms; response.size() < 2 && waited < kRemovalNoticeTime; waited += kRemovalPoll) {
                DWORD state = 0;
                DWORD atrLength = 0;
                const LONG status = SCardStatus(card, nullptr, nullptr, &state, nullptr, nullptr, &atrLength);
                if (status == LONG(SCARD_W_REMOVED_CARD) || (status == SCARD_S_SUCCESS && (state & SCARD_ABSENT)))
                    return ReaderError(ReaderError::Kind::CardRemoved, QStringLiteral("SCardTransmit: no answer, card gone"));
                std::this_thread::sleep_for(kRemovalPoll);
            }
            return response;
        },
        m_answerTimeout);
}

} // namespace madoguchi
