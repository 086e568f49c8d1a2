#pragma once

#include "core/sim/Persona.h"

#include <QImage>
#include <QString>

namespace madoguchi {

// The front of a residence card (在留カード) or special permanent resident certificate (特別永住者
// 証明書) as printed, for tests and the demo: the title, the 12-character card number at the top
// right ("番号 AB12345678CD", residence-card.md §B2: 2 letters, 8 digits, 2 letters), name, birth
// date, sex, nationality, address, and the photo. The new-style card (2026) no longer prints
// 在留資格 or 在留期間; neither is drawn. Layout after the public sample images of 出入国在留管理庁
// (在留カード券面, 特別永住者証明書券面) [U: positions within about 2 mm].
struct ResidenceCardFront
{
    QString title;  // 在留カード, 特別永住者証明書
    QString cardNumber;
    QString name;
    QString birthDate;  // "1996年09月03日"
    QString sex;        // "F"
    QString nationality;
    QString address;
    QImage face;

    static ResidenceCardFront fromPersona(const Persona& persona);
    QImage render(qreal pixelsPerMm = 12) const;
};

} // namespace madoguchi
