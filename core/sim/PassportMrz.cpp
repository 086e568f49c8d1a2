#include "core/sim/PassportMrz.h"

#include <QJsonObject>

namespace madoguchi {
namespace {

// ICAO 9303-3 §4.9: weights 7 3 1, '<' 0, A–Z 10–35.
char checkDigit(QByteArrayView text)
{
    static constexpr int kWeights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const int value = c >= 'A' && c <= 'Z' ? c - 'A' + 10 : c >= '0' && c <= '9' ? c - '0' : 0;
        sum += value * kWeights[i % 3];
    }
    return char('0' + sum % 10);
}

QByteArray field(const QString& text, int size)
{
    QString value = text.toUpper();
    value.replace(QLatin1Char(' '), QLatin1Char('<'));
    return value.toLatin1().left(size).leftJustified(size, '<');
}

QByteArray yymmdd(QDate date)
{
    return date.toString(QStringLiteral("yyMMdd")).toLatin1();
}

} // namespace

// TD3 (9303-4 §4.2.2): two lines of 44.
QByteArray PassportMrz::td3(const Persona& persona, QByteArray* information)
{
    const QJsonObject doc = persona.document(QStringLiteral("passport"));
    const QString latin = persona.nameLatin();
    const qsizetype space = latin.indexOf(QLatin1Char(' '));
    const QString name = space < 0 ? latin : latin.left(space) + QStringLiteral("<<") + latin.mid(space + 1);
    const QByteArray line1 = "P<" + field(doc.value(QLatin1String("issuingState")).toString(QStringLiteral("JPN")), 3) + field(name, 39);
    const QByteArray number = field(doc.value(QLatin1String("documentNumber")).toString(), 9);
    const QByteArray birth = yymmdd(persona.birthDate());
    const QByteArray expiry = yymmdd(QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate));
    const char sex = persona.sex() == Persona::Sex::Male ? 'M' : persona.sex() == Persona::Sex::Female ? 'F' : '<';
    const QByteArray personal(14, '<');
    QByteArray line2 = number + checkDigit(number) + field(persona.nationality(), 3) + birth + checkDigit(birth) + sex + expiry + checkDigit(expiry) + personal
                       + '<';
    line2 += checkDigit(line2.mid(0, 10) + line2.mid(13, 7) + line2.mid(21, 22));
    if (information)
        *information = number + checkDigit(number) + birth + checkDigit(birth) + expiry + checkDigit(expiry);
    return line1 + line2;
}

// TD1 (9303-5 §4.2.2): line 1 code, state, number, check, optional data; line 2 birth, check, sex,
// expiry, check, nationality, optional data, composite (over line 1 from the number on, and line 2's
// dates with their check digits and its optional data); line 3 the name.
QByteArray PassportMrz::td1(const Persona& persona, QByteArray* information)
{
    const QJsonObject doc = persona.document(QStringLiteral("passport"));
    const QString latin = persona.nameLatin();
    const qsizetype space = latin.indexOf(QLatin1Char(' '));
    const QString name = space < 0 ? latin : latin.left(space) + QStringLiteral("<<") + latin.mid(space + 1);
    const QByteArray number = field(doc.value(QLatin1String("documentNumber")).toString(), 9);
    const QByteArray line1 = "I<" + field(doc.value(QLatin1String("issuingState")).toString(QStringLiteral("JPN")), 3) + number + checkDigit(number)
                             + QByteArray(15, '<');
    const QByteArray birth = yymmdd(persona.birthDate());
    const QByteArray expiry = yymmdd(QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate));
    const char sex = persona.sex() == Persona::Sex::Male ? 'M' : persona.sex() == Persona::Sex::Female ? 'F' : '<';
    QByteArray line2 = birth + checkDigit(birth) + sex + expiry + checkDigit(expiry) + field(persona.nationality(), 3) + QByteArray(11, '<');
    line2 += checkDigit(line1.mid(5, 25) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11));
    if (information)
        *information = number + checkDigit(number) + birth + checkDigit(birth) + expiry + checkDigit(expiry);
    return line1 + line2 + field(name, 30);
}

} // namespace madoguchi
