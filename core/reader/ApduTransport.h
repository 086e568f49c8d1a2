#pragma once

#include "core/apdu/CommandApdu.h"
#include "core/apdu/ResponseApdu.h"
#include "core/base/Result.h"
#include "core/reader/ReaderError.h"

namespace madoguchi {

// Something that carries command APDUs to a card and brings back its responses: a plain card
// channel, or a secure-messaging layer over one. File reads and card modules talk to this.
class ApduTransport
{
public:
    virtual ~ApduTransport() = default;

    virtual Result<ResponseApdu, ReaderError> transmit(const CommandApdu& command) = 0;

    // The largest Le a read asks for: 255 with short APDUs (CommandApdu::kShortReadLe), 65536 with
    // extended length, less under secure messaging (passport.md §6: 231 for 3DES, 223 for AES) or
    // once the card refused larger reads.
    virtual int maxLe() const = 0;

    // The card or reader rejected an extended-length command: use short APDUs from now on.
    // Returns false when extended length was already off (nothing left to fall back to).
    virtual bool disableExtendedLength() = 0;

    // The card answered 6700 to a READ BINARY that asked for `refusedLe` bytes: ask for less from
    // now on, for as long as the card stays connected. Some passport chips refuse any read of more
    // than 160 bytes, even in short APDUs (reported by public passport readers). Returns false when
    // there is no smaller size left to try.
    virtual bool reduceReadSize(int refusedLe) = 0;
    // The read sizes tried one after the other once a card refuses one: the next below `refused`,
    // or 0 when there is none.
    static int smallerReadSize(int refused)
    {
        for (int size : {160, 128, 64})
            if (size < refused)
                return size;
        return 0;
    }

    // A reader with its own PIN keypad (PC/SC part 10 FEATURE_VERIFY_PIN_DIRECT).
    virtual bool hasPinPad() const { return false; }
    // VERIFY key `p2` with a PIN of `digits` ASCII digits typed on the reader's keypad.
    virtual Result<ResponseApdu, ReaderError> verifyOnPinPad(quint8 p2, int digits)
    {
        Q_UNUSED(p2);
        Q_UNUSED(digits);
        return ReaderError(ReaderError::Kind::Unsupported, QStringLiteral("the reader has no PIN pad"));
    }
};

} // namespace madoguchi
