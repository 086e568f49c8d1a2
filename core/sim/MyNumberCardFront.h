#pragma once

#include "core/sim/Persona.h"

#include <QImage>
#include <QString>

namespace madoguchi {

// The front of a My Number card as printed, for tests and the demo: name, address, birth date
// (和暦 for Japanese nationals, Gregorian for foreign residents), sex, the expiry date ("…まで有効",
// Gregorian), the photo, and under the photo the 16-digit serial number and the 4-digit security
// code (mynumber.md §4.3: the security code of 照合番号B is printed on the front). Layout after the
// public sample image of J-LIS / デジタル庁 (個人番号カード券面イメージ) [U: positions as read from the
// sample, within about 2 mm; the reader searches regions around them, not exact boxes].
struct MyNumberCardFront
{
    QString name;
    QString address;
    QString birthDate;   // as printed: "昭和55年 2月17日生", "1996年 9月 3日生"
    QString sex;         // "女"
    QString expiryDate;  // as printed: "2035年 2月17日まで有効"
    QString serialNumber;
    QString securityCode;
    QImage face;

    static MyNumberCardFront fromPersona(const Persona& persona);
    // The front at `pixelsPerMm` (12: about 300 dpi).
    QImage render(qreal pixelsPerMm = 12) const;
};

} // namespace madoguchi
