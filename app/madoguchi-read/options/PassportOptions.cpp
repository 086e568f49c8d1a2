#include "app/madoguchi-read/options/PassportOptions.h"

#include "app/madoguchi-read/options/MyNumberOptions.h"
#include "core/cards/passport/MrzKey.h"
#include "core/ocr/MrzReader.h"

#include <QImageReader>

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

// The MRZ read off a photo or scan of the data page (MrzReader: every check digit must agree).
// A picture whose MRZ cannot be read says why, and how to give it instead; what was read is never
// printed.
Result<MrzKey, QString> mrzFromImage(const QString& path)
{
    QImageReader file(path);
    file.setAutoTransform(true);  // a phone's photo stands as it was taken (EXIF orientation)
    const QImage picture = file.read();
    if (picture.isNull())
        return PassportOptions::tr("--card-image %1: not a picture that can be read (%2)").arg(path, file.errorString());
    QString why;
    const auto reader = MrzReader::create(&why);
    if (!reader)
        return PassportOptions::tr("--card-image: %1").arg(why);
    auto key = reader->read(picture);
    if (!key)
        //: %1 the file, %2 why its MRZ could not be read.
        return PassportOptions::tr("--card-image %1: the MRZ could not be read: %2. Give it with --mrz or --document-number, "
                                   "--birth-date and --expiry-date")
            .arg(path, key.error());
    return key;
}

} // namespace

QList<QCommandLineOption> PassportOptions::options() const
{
    // --birth-date is the My Number group's option: both cards read it.
    return {
        {QStringLiteral("mrz"),
         tr("Passport: the two lines of the MRZ (88 characters, as a scanner types them; - reads them from standard input)."),
         QStringLiteral("LINES")},
        {QStringLiteral("card-image"),
         tr("Passport: a photo or scan of the data page (PNG, JPEG); the MRZ is read off it, every check digit checked."),
         QStringLiteral("FILE")},
        {QStringLiteral("document-number"), tr("Passport: the document number, with --birth-date and --expiry-date."), QStringLiteral("NUMBER")},
        {QStringLiteral("expiry-date"), tr("Passport: the expiry date."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("can"), tr("Passport or ID card with PACE: the 6-digit card access number."), QStringLiteral("DIGITS")},
    };
}

Result<bool, QString> PassportOptions::take(const QCommandLineParser& parser, CardReadRequest& request) const
{
    PassportReader::Request& passport = request.passport;
    const bool parts = MyNumberOptions::givesPassportParts(parser);
    const bool image = parser.isSet(QStringLiteral("card-image"));
    if (int(parser.isSet(QStringLiteral("mrz"))) + int(parts) + int(image) > 1)
        return tr("give one of the MRZ lines, the document number with birth date and expiry date, or a picture of the data page");
    if (image) {
        auto key = mrzFromImage(parser.value(QStringLiteral("card-image")));
        if (!key)
            return key.error();
        passport.mrz = std::move(key).value();
        request.fromImage = {QStringLiteral("documentNumber"), QStringLiteral("birthDate"), QStringLiteral("expiryDate")};
    } else if (parser.isSet(QStringLiteral("mrz"))) {
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
