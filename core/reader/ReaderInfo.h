#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace madoguchi {

// A reader as the backend last saw it.
struct ReaderInfo
{
    QString name;
    bool hasCard = false;
    QByteArray atr;  // empty when there is no card

    friend bool operator==(const ReaderInfo&, const ReaderInfo&) = default;
};

using ReaderList = QList<ReaderInfo>;

} // namespace madoguchi
