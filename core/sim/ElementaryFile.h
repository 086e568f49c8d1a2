#pragma once

#include <QByteArray>
#include <QList>

namespace madoguchi {

// A transparent EF of a virtual card. Readable when `readKeys` is empty, or once any one of the
// listed key references has been verified in the current DF (mynumber.md §3.1: "PIN or 照合番号A").
struct ElementaryFile
{
    quint16 fid = 0;
    quint8 sfi = 0;  // 0: no short file identifier
    QByteArray content;
    QList<quint16> readKeys;
};

} // namespace madoguchi
