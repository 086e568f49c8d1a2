#pragma once

#include "core/apdu/CommandApdu.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace madoguchi {

// PIN entry on the reader's own keypad (PC/SC part 10, FEATURE_VERIFY_PIN_DIRECT): the PIN never
// passes through the kiosk. Builds the PIN_VERIFY_STRUCTURE (part 10 §2.5.2; CCID §6.1.11) for a
// VERIFY of an ASCII PIN of fixed length, and reads the reader's feature list.
class PinPad
{
public:
    static constexpr quint8 kFeatureVerifyPinDirect = 0x06;  // part 10 §2.3, pcsc-lite reader.h

    struct Format
    {
        int digits = 4;                // My Number and licence PINs: 4 ASCII digits
        quint16 languageId = 0x0411;   // Japanese, for the reader's own messages
        quint8 timeoutSeconds = 30;
    };

    // The VERIFY the reader completes: 00 20 00 P2 Lc with Lc placeholder bytes (FF).
    static CommandApdu verifyTemplate(quint8 p2, const Format& format);
    static QByteArray verifyStructure(quint8 p2, const Format& format);

    // A GET_FEATURE_REQUEST answer is a list of tag, length 4, big-endian control code (part 10 §2.2).
    static std::optional<quint32> controlCode(QByteArrayView features, quint8 tag);

    // The reader side, for the simulated pin-pad reader: the APDU a reader sends once the customer
    // typed `digits` into a structure built as above; nullopt when the structure is not one.
    static std::optional<QByteArray> completeVerify(QByteArrayView structure, const QByteArray& digits);
};

} // namespace madoguchi
