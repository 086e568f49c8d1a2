#pragma once

#include "core/apdu/CommandApdu.h"
#include "core/apdu/ResponseApdu.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace madoguchi {

// The secure messaging of the 在留 AP on a 07/08 card (residence-card-0708.md §4, §6): what SET
// SESSION KEY carries (before RSA-OAEP to the ISA's delivery key) and how the commands after it are
// protected. The ISA's specification of it is not public (§11), so each implementation is one
// documented guess — a profile — and the reader tries them in order. A wrong guess ends in a refusal
// (6A80 to the key delivery, 6987/6988 under SM) or in data whose ZairyuCard CA2 signature does not
// verify; never in a residence item shown as read.
//
// Profile T (TextApStyleSession) follows the text AP's SET SESSION KEY of the same card platform
// (§5). Profile M of §6 (a MAC key in the key delivery, CLA 0C with an AES-CMAC 8E object) plugs in
// here once its layout is known; §6 calls every byte of it unknown, so it is not guessed at.
class SpecifiedSession
{
public:
    virtual ~SpecifiedSession() = default;

    // For the log and the report, e.g. "T (text-AP style, Le object 96 02)".
    virtual QString name() const = 0;
    // How many random bytes keyDelivery takes.
    virtual int seedSize() const = 0;
    // Starts a new session from `seed` (seedSize() fresh random bytes): the plaintext of SET SESSION
    // KEY's key-delivery object.
    virtual QByteArray keyDelivery(QByteArrayView seed) = 0;
    // The protected VERIFY of the card number, and the protected READ BINARY of a whole file by SFI.
    virtual CommandApdu verify(QByteArrayView cardNumber) = 0;
    virtual CommandApdu readFile(quint8 sfi) = 0;
    // The plain data of `response`, the answer to the command protected last.
    virtual Result<QByteArray, QString> answer(const ResponseApdu& response) = 0;
    // The session's keys go (also when the object goes).
    virtual void close() = 0;
};

} // namespace madoguchi
