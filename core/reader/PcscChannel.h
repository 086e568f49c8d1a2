#pragma once

#include "core/reader/CardChannel.h"
#include "core/reader/PcscWorker.h"

#include <memory>

namespace madoguchi {

// A card connected through pcsc-lite: exclusive share, inside a transaction, every call made on the
// PC/SC worker thread. The card is reset when the channel goes, so no verified PIN outlives it.
class PcscChannel : public CardChannel
{
public:
    // Connects on the worker thread: T=1 preferred, T=0 when the card offers nothing else.
    static Result<std::unique_ptr<CardChannel>, ReaderError> open(std::shared_ptr<PcscWorker> worker,
                                                                  const QString& reader);
    ~PcscChannel() override;

protected:
    Result<QByteArray, ReaderError> transmitRaw(const QByteArray& command) override;

private:
    PcscChannel(std::shared_ptr<PcscWorker> worker, QString reader, QByteArray atr, SCARDHANDLE card, DWORD protocol);

    std::shared_ptr<PcscWorker> m_worker;
    SCARDHANDLE m_card;
    DWORD m_protocol;
};

} // namespace madoguchi
