#pragma once

#include "core/reader/ApduResponder.h"
#include "core/reader/CardChannel.h"

#include <memory>

namespace madoguchi {

// A channel to a card in a SimBackend reader; answers CardRemoved once the card is taken away.
class SimChannel : public CardChannel
{
public:
    // `pinPadDigits`: what the customer types on this reader's keypad; empty: no keypad.
    SimChannel(QString readerName, std::shared_ptr<ApduResponder> card, QByteArray pinPadDigits = {});

    bool hasPinPad() const override { return !m_pinPadDigits.isEmpty(); }

protected:
    Result<QByteArray, ReaderError> transmitRaw(const QByteArray& command) override;
    // Plays a PIN-pad reader: fills the typed digits into the structure's APDU (PinPad::completeVerify).
    Result<QByteArray, ReaderError> pinPadRaw(const QByteArray& structure) override;

private:
    std::weak_ptr<ApduResponder> m_card;
    QByteArray m_pinPadDigits;
};

} // namespace madoguchi
