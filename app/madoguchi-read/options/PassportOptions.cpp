#include "app/madoguchi-read/options/PassportOptions.h"

#include "app/madoguchi-read/options/MyNumberOptions.h"
#include "core/cards/passport/MrzKey.h"

#include <QTextStream>

namespace madoguchi {
namespace {

// The MRZ as given: its lines separated by line breaks, or by a typed "\n" (echo "$L1\n$L2"). "-"
// reads them from standard input as a keyboard-wedge scanner types them, a line at a time: two for
// a passport (TD3, 44 characters) or a TD2 document (36), three for an ID card (TD1, 30), or all
// in one line.
QString mrzLines(const QString& value)
{
    const auto split = [](QString text) { return text.replace(QLatin1String("\\n"), QLatin1String("\n")).trimmed(); };
    if (value != QLatin1String("-"))
        return split(value);
    QTextStream in(stdin);
    QString lines = split(in.readLine());
    const qsizetype firstLine = lines.contains(QLatin1Char('\n')) ? lines.indexOf(QLatin1Char('\n')) : lines.size();
    const qsizetype expected = firstLine == 30 ? 3 : (firstLine == 44 || firstLine == 36) ? 2 : 1;
    while (lines.count(QLatin1Char('\n')) + 1 < expected) {
        const QString next = in.readLine();
        if (next.isNull())
            break;
        lines += QLatin1Char('\n') + split(next);
    }
    return lines;
}

} // namespace

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
        return tr("give either the MRZ lines or the document number with birth date and expiry date");
    if (parser.isSet(QStringLiteral("mrz"))) {
        auto key = MrzKey::fromLines(mrzLines(parser.value(QStringLiteral("mrz"))));
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
