#include "core/sim/ResidenceCardFront.h"

#include "core/sim/IdCardCanvas.h"
#include "core/sim/PersonaImages.h"

#include <QJsonObject>

namespace madoguchi {

ResidenceCardFront ResidenceCardFront::fromPersona(const Persona& persona)
{
    const QJsonObject doc = persona.document(QStringLiteral("residence"));
    ResidenceCardFront front;
    // Card types '2' and '06' are special permanent resident certificates (residence-card.md §B1, §B4).
    const QString type = doc.value(QLatin1String("cardType")).toString();
    front.title = type == QLatin1String("2") || type == QLatin1String("06") ? QStringLiteral("特別永住者証明書") : QStringLiteral("在留カード");
    front.cardNumber = doc.value(QLatin1String("cardNumber")).toString();
    front.name = persona.nameLatin().toUpper();
    front.birthDate = persona.birthDate().toString(QStringLiteral("yyyy年MM月dd日"));
    front.sex = persona.sex() == Persona::Sex::Male ? QStringLiteral("M") : persona.sex() == Persona::Sex::Female ? QStringLiteral("F") : QString();
    front.nationality = persona.nationality();
    front.address = persona.address();
    front.face = PersonaImages::face(persona, QSize(240, 300));
    return front;
}

QImage ResidenceCardFront::render(qreal pixelsPerMm) const
{
    IdCardCanvas card(pixelsPerMm, QColor(0xF6, 0xF2, 0xEA), QColor(0xE4, 0xD4, 0xC8));
    card.text(3, 6.5, 3.6, title, true, QColor(0x30, 0x40, 0x70));
    card.text(50, 6.5, 2.0, QStringLiteral("番号"));
    card.text(56, 6.8, 3.4, cardNumber, true, QColor(0x90, 0x20, 0x20));
    card.text(3, 13, 2.0, QStringLiteral("氏名"));
    card.text(10, 13.5, 3.6, name, true);
    card.text(3, 19, 2.0, QStringLiteral("生年月日"));
    card.text(12, 19, 2.8, birthDate);
    card.text(34, 19, 2.0, QStringLiteral("性別"));
    card.text(39, 19, 2.8, sex);
    card.text(44, 19, 2.0, QStringLiteral("国籍・地域"));
    card.text(55, 19, 2.8, nationality);
    card.text(3, 25, 2.0, QStringLiteral("住居地"));
    card.text(12, 25, 2.6, address.left(18));
    if (address.size() > 18)
        card.text(12, 29, 2.6, address.mid(18));
    card.picture(QRectF(62, 13, 20, 25), face);
    card.text(3, 50, 2.0, QStringLiteral("法務大臣"), false, QColor(0x60, 0x60, 0x60));
    return card.take();
}

} // namespace madoguchi
