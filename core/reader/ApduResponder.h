#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace madoguchi {

// The card side of a link: something that answers command APDUs. Virtual cards implement it; the
// SimBackend and the vpcd bridge carry APDUs to it.
class ApduResponder
{
public:
    virtual ~ApduResponder() = default;

    virtual QByteArray atr() const = 0;
    // Power cycle or warm reset: every volatile state (current files, verified keys) is dropped.
    virtual void reset() = 0;
    // The raw response (data followed by SW1 SW2) to one raw command.
    // An empty answer means the card said nothing at all (not even a status word).
    virtual QByteArray respond(QByteArrayView command) = 0;
    // False once the card has left the reader (a virtual card taken away mid-read).
    virtual bool present() const { return true; }
};

} // namespace madoguchi
