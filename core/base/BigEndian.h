#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace madoguchi {

// Unsigned integers stored most significant byte first, as card files, APDU data objects and
// image headers store them.
class BigEndian
{
public:
    // The value of up to 8 bytes (callers bound the size); 0 for none.
    static quint64 value(QByteArrayView bytes)
    {
        quint64 out = 0;
        for (char byte : bytes)
            out = (out << 8) | quint8(byte);
        return out;
    }
};

} // namespace madoguchi
