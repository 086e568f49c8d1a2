#pragma once

#include "core/reader/CardChannel.h"
#include "core/reader/PcscWorker.h"

#include <memory>
#include <optional>

namespace madoguchi {

// A card connected through pcsc-lite: exclusive share, inside a transaction, every call made on the
// PC/SC worker thread. The card is reset when the channel goes, so no verified PIN outlives it.
class PcscChannel : public CardChannel
{
public:
    // A 7 KB extended read over a slow contactless link takes a few seconds (drivers-licence.md §C);
    // past this the card counts as mute.
    static constexpr std::chrono::milliseconds kDefaultAnswerTimeout{30000};

    // Connects on the worker thread: T=1 preferred, T=0 when the card offers nothing else.
    // `answerTimeout`: how long one command may wait for the card's answer.
    static Result<std::unique_ptr<CardChannel>, ReaderError> open(std::shared_ptr<PcscWorker> worker, const QString& reader,
                                                                  std::chrono::milliseconds answerTimeout = kDefaultAnswerTimeout);
    ~PcscChannel() override;

    bool hasPinPad() const override { return m_verifyPinDirect.has_value(); }

protected:
    Result<QByteArray, ReaderError> transmitRaw(const QByteArray& command) override;
    Result<QByteArray, ReaderError> pinPadRaw(const QByteArray& structure) override;

private:
    PcscChannel(std::shared_ptr<PcscWorker> worker, QString reader, QByteArray atr, SCARDHANDLE card, DWORD protocol,
                std::chrono::milliseconds answerTimeout);
    // PC/SC part 10 §2.2: the reader's features, asked once with CM_IOCTL_GET_FEATURE_REQUEST.
    void queryFeatures();

    std::shared_ptr<PcscWorker> m_worker;
    SCARDHANDLE m_card;
    DWORD m_protocol;
    std::chrono::milliseconds m_answerTimeout;
    std::optional<quint32> m_verifyPinDirect;
};

} // namespace madoguchi
