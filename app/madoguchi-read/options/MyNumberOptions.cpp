#include "app/madoguchi-read/options/MyNumberOptions.h"

#include "core/cards/mynumber/CollationNumberB.h"

namespace madoguchi {
namespace {

using Route = MyNumberReader::Request::Route;

} // namespace

QList<QCommandLineOption> MyNumberOptions::options() const
{
    return {
        {QStringLiteral("pin"), tr("My Number card: the 4-digit PIN (reads the individual number)."), QStringLiteral("PIN")},
        {QStringLiteral("collation-a"), tr("My Number card: 照合番号A, the 12-digit number, to confirm it."), QStringLiteral("DIGITS")},
        {QStringLiteral("collation-b"), tr("My Number card: 照合番号B, 14 digits."), QStringLiteral("DIGITS")},
        {QStringLiteral("birth-date"),
         tr("My Number card: birth date, for 照合番号B; passport: birth date (with --document-number)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("expiry-year"), tr("My Number card: expiry year, for 照合番号B."), QStringLiteral("YYYY")},
        {QStringLiteral("security-code"), tr("My Number card: 4-digit security code, for 照合番号B."), QStringLiteral("NNNN")},
        {QStringLiteral("gregorian-birth-year"), tr("The card prints the birth date in the Gregorian calendar (foreign residents).")},
    };
}

bool MyNumberOptions::givesPassportParts(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("document-number")) || parser.isSet(QStringLiteral("expiry-date"));
}

Result<bool, QString> MyNumberOptions::take(const QCommandLineParser& parser, CardReadRequest& cardRequest) const
{
    MyNumberReader::Request& request = cardRequest.myNumber.myNumber;
    const bool bParts = (parser.isSet(QStringLiteral("birth-date")) && !givesPassportParts(parser)) || parser.isSet(QStringLiteral("expiry-year"))
                        || parser.isSet(QStringLiteral("security-code"));
    const int routes = int(parser.isSet(QStringLiteral("pin"))) + int(parser.isSet(QStringLiteral("collation-a")))
                       + int(parser.isSet(QStringLiteral("collation-b"))) + int(bParts);
    if (routes > 1)
        return tr("give one credential: --pin, --collation-a, --collation-b or the 照合番号B parts");
    if (parser.isSet(QStringLiteral("pin"))) {
        const QString value = secretValue(parser.value(QStringLiteral("pin")));
        if (!isDigits(value, 4))
            return tr("the PIN has 4 digits");
        request.route = Route::Pin;
        request.secret = SecureBytes(value.toLatin1());
    } else if (parser.isSet(QStringLiteral("collation-a"))) {
        const QString value = secretValue(parser.value(QStringLiteral("collation-a")));
        if (!isDigits(value, 12))
            return tr("照合番号A is the 12-digit individual number");
        request.route = Route::CollationA;
        request.secret = SecureBytes(value.toLatin1());
    } else if (parser.isSet(QStringLiteral("collation-b"))) {
        auto digits = CollationNumberB::validate(secretValue(parser.value(QStringLiteral("collation-b"))));
        if (!digits)
            return digits.error();
        request.route = Route::CollationB;
        request.secret = std::move(digits).value();
    } else if (bParts) {
        auto digits = CollationNumberB::build(QDate::fromString(parser.value(QStringLiteral("birth-date")), Qt::ISODate),
                                              parser.isSet(QStringLiteral("gregorian-birth-year")) ? CollationNumberB::BirthYear::Gregorian
                                                                                                    : CollationNumberB::BirthYear::JapaneseEra,
                                              parser.value(QStringLiteral("expiry-year")).toInt(),
                                              secretValue(parser.value(QStringLiteral("security-code"))));
        if (!digits)
            return digits.error();
        request.route = Route::CollationB;
        request.secret = std::move(digits).value();
    }
    return true;
}

} // namespace madoguchi
