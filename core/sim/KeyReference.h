#pragma once

#include <QByteArray>

namespace madoguchi {

// A PIN or password on a virtual card, with its retry counter (ISO/IEC 7816-4 §11.5.6).
// Identified by the FID of its internal EF, and by an SFI for the P2 = 80|SFI form of VERIFY.
struct KeyReference
{
    quint16 fid = 0;
    quint8 sfi = 0;
    QByteArray secret;
    int maxTries = 3;
    int triesLeft = 3;
};

} // namespace madoguchi
