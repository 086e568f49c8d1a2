#include "app/madoguchi-read/options/PassportOptions.h"

#include "app/madoguchi-read/options/MyNumberOptions.h"
#include "core/cards/passport/MrzKey.h"

namespace madoguchi {

QList<QCommandLineOption> PassportOptions::options() const
{
    // --birth-date is the My Number group's option: both cards read it.
    return {
        {QStringLiteral("mrz"),
         tr("Passport: the two lines of the MRZ (88 characters, as a scanner types them; - reads them from standard input)."),
         QStringLiteral("LINES")},
        {QStringLiteral("document-number"), tr("Passport: the document number, with --birth-date and --expiry-date."), QStringLiteral("NUMBER")},
        {QStringLiteral("expiry-date"), tr("Passport: the expiry date."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("can"), tr("Passport or ID card with PACE: the 6-digit card access number."), QStringLiteral("DIGITS")},
    };
}

Result<bool, QString> PassportOptions::take(const QCommandLineParser& parser, CardReadRequest& request) const
{
    PassportReader::Request& passport = request.passport;
    const bool parts = MyNumberOptions::givesPassportParts(parser);
    if (parser.isSet(QStringLiteral("mrz")) && parts)
        return tr("give the MRZ lines or the document number, birth date and expiry date, not both");
    if (parser.isSet(QStringLiteral("mrz"))) {
        auto key = MrzKey::fromLines(secretValue(parser.value(QStringLiteral("mrz"))));
        if (!key)
            return key.error();
        passport.mrz = std::move(key).value();
    } else if (parts) {
        auto key = MrzKey::fromParts(parser.value(QStringLiteral("document-number")), parser.value(QStringLiteral("birth-date")),
                                     parser.value(QStringLiteral("expiry-date")));
        if (!key)
            return key.error();
        passport.mrz = std::move(key).value();
    }
    if (parser.isSet(QStringLiteral("can"))) {
        const QString value = secretValue(parser.value(QStringLiteral("can")));
        if (!isDigits(value, 6))
            return tr("the CAN has 6 digits");
        passport.can = SecureBytes(value.toLatin1());
    }
    return true;
}

} // namespace madoguchi
