#pragma once

#include "core/reader/ApduResponder.h"
#include "core/reader/CardChannel.h"

#include <memory>

namespace madoguchi {

// A channel to a card in a SimBackend reader; answers CardRemoved once the card is taken away.
class SimChannel : public CardChannel
{
public:
    SimChannel(QString readerName, std::shared_ptr<ApduResponder> card);

protected:
    Result<QByteArray, ReaderError> transmitRaw(const QByteArray& command) override;

private:
    std::weak_ptr<ApduResponder> m_card;
};

} // namespace madoguchi
