#include "app/madoguchi-read/options/ResidenceOptions.h"

#include "core/cards/residence/ResidenceCardNumber.h"

namespace madoguchi {

QList<QCommandLineOption> ResidenceOptions::options() const
{
    return {
        {QStringLiteral("card-number"),
         tr("Residence card / special permanent resident certificate: the 12-character card number printed on it (2 letters, 8 digits, "
            "2 letters). On a 特定在留カード / 特定特別永住者証明書 (types 07/08) it opens the residence items, besides the My Number "
            "credential."),
         QStringLiteral("NUMBER")},
    };
}

Result<bool, QString> ResidenceOptions::take(const QCommandLineParser& parser, CardReadRequest& request) const
{
    if (!parser.isSet(QStringLiteral("card-number")))
        return true;
    auto number = ResidenceCardNumber::normalize(secretValue(parser.value(QStringLiteral("card-number"))));
    if (!number)
        return number.error();
    request.residence.cardNumber = SecureBytes::takeFrom(*number);
    return true;
}

} // namespace madoguchi
