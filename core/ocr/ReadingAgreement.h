#pragma once

#include "core/crypto/SecureBytes.h"

#include <optional>

namespace madoguchi {

// Values read from successive frames; one is offered only when `needed` frames in a row read the
// same. A single misread frame can pass a check digit by chance; two independent frames agreeing
// on the same wrong value is far less likely. Values are the customer's: SecureBytes, wiped on reset.
class ReadingAgreement
{
public:
    explicit ReadingAgreement(int needed = 2) : m_needed(needed) {}

    // Returns the value once `needed` frames in a row gave it. A frame that read nothing is not
    // offered and does not break a run: the camera may have blinked.
    std::optional<SecureBytes> offer(const SecureBytes& value);
    // Forgets the run (the document was taken away, the visit ended).
    void reset();

private:
    int m_needed;
    SecureBytes m_last;  // the value of the current run
    int m_count = 0;     // how many frames in a row gave it
};

} // namespace madoguchi
