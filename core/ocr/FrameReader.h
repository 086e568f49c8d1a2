#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QImage>
#include <QString>

namespace madoguchi {

// Reads one credential off a photo or video frame of a document: the passport's MRZ (MrzReader),
// 照合番号B's printed values (MyNumberFrontReader), the residence card number
// (ResidenceNumberReader). The value is the customer's: SecureBytes. A frame that gives nothing
// says why. One reader serves one thread at a time.
class FrameReader
{
public:
    virtual ~FrameReader() = default;
    virtual Result<SecureBytes, QString> readCredential(const QImage& frame) = 0;
    // How many frames in a row must give the same value before it is offered (ReadingAgreement).
    virtual int framesToAgree() const = 0;
};

} // namespace madoguchi
