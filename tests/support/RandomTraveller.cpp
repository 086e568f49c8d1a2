#include "tests/support/RandomTraveller.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi {
namespace {

QString pick(QRandomGenerator& random, const QStringList& from)
{
    return from.at(int(random.bounded(quint32(from.size()))));
}

QString characters(QRandomGenerator& random, const QString& alphabet, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += alphabet.at(int(random.bounded(quint32(alphabet.size()))));
    return text;
}

} // namespace

Persona RandomTraveller::make(QRandomGenerator& random)
{
    static const QString kDigits = QStringLiteral("0123456789");
    static const QString kLetters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const QString surname = pick(random, {QStringLiteral("NGUYEN"), QStringLiteral("SANTOS"), QStringLiteral("OLIVEIRA"), QStringLiteral("GURUNG"),
                                          QStringLiteral("REYES"), QStringLiteral("WIJAYA"), QStringLiteral("KIM"), QStringLiteral("LI"),
                                          QStringLiteral("TANAKA"), QStringLiteral("BOYD")});
    const QString given = pick(random, {QStringLiteral("ANH"), QStringLiteral("MARIA"), QStringLiteral("JOAO PEDRO"), QStringLiteral("SITA"),
                                        QStringLiteral("JOSE"), QStringLiteral("DEWI"), QStringLiteral("MINJUN"), QStringLiteral("WEI"),
                                        QStringLiteral("KENJI"), QStringLiteral("OLIVIA")});
    const QString number = random.bounded(2) ? characters(random, kLetters, 2) + characters(random, kDigits, 7)
                                             : characters(random, kLetters + kDigits, 9);
    const QDate birth = QDate(1930, 1, 1).addDays(random.bounded(35000));  // 昭和5年 to 令和7年
    const QDate expiry = QDate(2027, 1, 1).addDays(random.bounded(3650));
    const QDate cardExpiry = QDate(2027, 1, 1).addDays(random.bounded(3650));
    const QString cardNumber = characters(random, kLetters, 2) + characters(random, kDigits, 8) + characters(random, kLetters, 2);
    const QJsonObject json{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("id"), QStringLiteral("random-traveller")},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("latin"), surname + QLatin1Char(' ') + given}, {QStringLiteral("kanji"), surname}}},
        {QStringLiteral("birthDate"), birth.toString(Qt::ISODate)},
        {QStringLiteral("sex"), random.bounded(2) ? QStringLiteral("male") : QStringLiteral("female")},
        {QStringLiteral("nationality"), pick(random, {QStringLiteral("VNM"), QStringLiteral("BRA"), QStringLiteral("NPL"), QStringLiteral("PHL"),
                                                      QStringLiteral("IDN"), QStringLiteral("KOR"), QStringLiteral("CHN"), QStringLiteral("JPN")})},
        {QStringLiteral("documents"),
         QJsonObject{{QStringLiteral("passport"), QJsonObject{{QStringLiteral("documentNumber"), number},
                                                              {QStringLiteral("issueDate"), expiry.addYears(-10).toString(Qt::ISODate)},
                                                              {QStringLiteral("expiryDate"), expiry.toString(Qt::ISODate)}}},
                     {QStringLiteral("mynumber"), QJsonObject{{QStringLiteral("securityCode"), characters(random, kDigits, 4)},
                                                              {QStringLiteral("expiryDate"), cardExpiry.toString(Qt::ISODate)}}},
                     {QStringLiteral("residence"), QJsonObject{{QStringLiteral("cardType"), pick(random, {QStringLiteral("1"), QStringLiteral("2"),
                                                                                                           QStringLiteral("05"), QStringLiteral("06")})},
                                                               {QStringLiteral("cardNumber"), cardNumber},
                                                               {QStringLiteral("expiryDate"), cardExpiry.toString(Qt::ISODate)}}}}},
    };
    return Persona::fromJson(QJsonDocument(json).toJson()).value();
}

} // namespace madoguchi
