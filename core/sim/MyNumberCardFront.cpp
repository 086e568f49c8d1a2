#include "core/sim/MyNumberCardFront.h"

#include "core/sim/IdCardCanvas.h"
#include "core/sim/PersonaImages.h"
#include "core/text/WarekiDate.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace madoguchi {
namespace {

// Month and day right-aligned in two places, as the card prints them: " 2月17日".
QString monthDay(const QDate& date)
{
    return QStringLiteral("%1月%2日").arg(date.month(), 2).arg(date.day(), 2);
}

QString printedBirthDate(const Persona& persona)
{
    const QDate birth = persona.birthDate();
    const auto wareki = WarekiDate::fromGregorian(birth);
    if (persona.nationality() == QLatin1String("JPN") && wareki) {
        // The first year of an era is printed 元年 (平成元年) [U: as on other official documents].
        const QString year = wareki->year() == 1 ? QStringLiteral("元") : QString::number(wareki->year());
        return WarekiDate::eraName(wareki->era()) + year + QStringLiteral("年") + monthDay(birth) + QStringLiteral("生");
    }
    return QString::number(birth.year()) + QStringLiteral("年") + monthDay(birth) + QStringLiteral("生");
}

} // namespace

MyNumberCardFront MyNumberCardFront::fromPersona(const Persona& persona)
{
    const QJsonObject doc = persona.document(QStringLiteral("mynumber"));
    const QDate expiry = QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate);
    MyNumberCardFront front;
    front.name = persona.nameKanji();
    front.address = persona.address();
    front.birthDate = printedBirthDate(persona);
    front.sex = persona.sex() == Persona::Sex::Male ? QStringLiteral("男") : persona.sex() == Persona::Sex::Female ? QStringLiteral("女") : QString();
    front.expiryDate = QString::number(expiry.year()) + QStringLiteral("年") + monthDay(expiry) + QStringLiteral("まで有効");
    // A made-up serial: 16 digits from the persona's id.
    const QByteArray hash = QCryptographicHash::hash(persona.id().toUtf8(), QCryptographicHash::Sha256);
    for (int i = 0; i < 16; ++i)
        front.serialNumber += QChar(u'0' + quint8(hash[i]) % 10);
    front.securityCode = doc.value(QLatin1String("securityCode")).toString();
    front.face = PersonaImages::face(persona, QSize(240, 300));
    return front;
}

QImage MyNumberCardFront::render(qreal pixelsPerMm) const
{
    IdCardCanvas card(pixelsPerMm, QColor(0xF2, 0xF4, 0xF6), QColor(0xD4, 0xDC, 0xE8));
    card.text(3, 6.5, 2.0, QStringLiteral("氏名"));
    card.text(10, 7.5, 4.2, name, true);
    card.text(3, 13.5, 2.0, QStringLiteral("住所"));
    card.text(10, 14, 3.0, address.left(17));
    if (address.size() > 17)
        card.text(10, 18, 3.0, address.mid(17));
    card.text(10, 29, 3.0, birthDate);
    card.text(44, 29, 2.0, QStringLiteral("性別"));
    card.text(49, 29, 3.0, sex);
    card.box(QRectF(3, 32, 42, 6), QColor(0xE8, 0xD8, 0xC0));
    card.text(6, 36.5, 3.0, expiryDate);
    card.text(3, 50, 3.4, QStringLiteral("個人番号カード"), true, QColor(0x40, 0x50, 0x80));
    card.box(QRectF(36, 42, 22, 9), QColor(0xFA, 0xFA, 0xFA));  // the signature panel
    card.picture(QRectF(61, 5, 21, 26.5), face);
    card.text(61, 35, 2.0, serialNumber);
    card.text(61, 39.5, 2.6, securityCode);
    return card.take();
}

} // namespace madoguchi
