#include "core/reader/SimChannel.h"

namespace madoguchi {

SimChannel::SimChannel(QString readerName, std::shared_ptr<ApduResponder> card)
    : CardChannel(std::move(readerName), card->atr()), m_card(card)
{
    card->reset();
}

Result<QByteArray, ReaderError> SimChannel::transmitRaw(const QByteArray& command)
{
    const auto card = m_card.lock();
    if (!card)
        return ReaderError(ReaderError::Kind::CardRemoved, QStringLiteral("virtual card removed"));
    return card->respond(command);
}

} // namespace madoguchi
