#pragma once

#include <QByteArrayView>
#include <QDate>

namespace madoguchi {

// A Gregorian date stored as eight ASCII digits YYYYMMDD, as My Number cards (mynumber.md §3.3,
// §4.2) and residence cards (residence-card.md §B1 D2, §B4 C5–CD) keep dates. Invalid when the
// bytes are not such a date.
class DigitDate
{
public:
    static QDate parse(QByteArrayView yyyymmdd);
};

} // namespace madoguchi
