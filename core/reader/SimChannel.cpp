#include "core/reader/SimChannel.h"

#include "core/reader/PinPad.h"

namespace madoguchi {

SimChannel::SimChannel(QString readerName, std::shared_ptr<ApduResponder> card, QByteArray pinPadDigits)
    : CardChannel(std::move(readerName), card->atr()), m_card(card), m_pinPadDigits(std::move(pinPadDigits))
{
    card->reset();
}

Result<QByteArray, ReaderError> SimChannel::transmitRaw(const QByteArray& command)
{
    const auto card = m_card.lock();
    if (!card || !card->present())
        return ReaderError(ReaderError::Kind::CardRemoved, QStringLiteral("virtual card removed"));
    QByteArray answer = card->respond(command);
    if (!card->present())
        return ReaderError(ReaderError::Kind::CardRemoved, QStringLiteral("virtual card removed"));
    if (answer.isEmpty())
        return ReaderError(ReaderError::Kind::CardMute, QStringLiteral("no answer from the virtual card"));
    return answer;
}

Result<QByteArray, ReaderError> SimChannel::pinPadRaw(const QByteArray& structure)
{
    const auto apdu = PinPad::completeVerify(structure, m_pinPadDigits);
    if (!apdu)
        return ReaderError(ReaderError::Kind::Unsupported, QStringLiteral("PIN_VERIFY_STRUCTURE not understood"));
    return transmitRaw(*apdu);
}

} // namespace madoguchi
