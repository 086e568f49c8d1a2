#include "app/madoguchi-read/options/LicenceOptions.h"

namespace madoguchi {

QList<QCommandLineOption> LicenceOptions::options() const
{
    return {
        {QStringLiteral("pin1"), tr("Driver's licence: PIN1 (4 digits) reads the entries; **** when the holder set no PIN."), QStringLiteral("PIN")},
        {QStringLiteral("pin2"), tr("Driver's licence: PIN2 as well, for the photo and the signature check."), QStringLiteral("PIN")},
        {QStringLiteral("domicile"), tr("Driver's licence: also read 本籍 (needs --pin2).")},
        {QStringLiteral("licence-pin"),
         tr("My Number card holding a driving licence (マイナ免許証): the licence PIN (4 digits; **** when the holder set none), read "
            "after the My Number credential."),
         QStringLiteral("PIN")},
    };
}

Result<bool, QString> LicenceOptions::take(const QCommandLineParser& parser, CardReadRequest& request) const
{
    if (parser.isSet(QStringLiteral("pin2")) && !parser.isSet(QStringLiteral("pin1")))
        return tr("--pin2 needs --pin1");
    if (parser.isSet(QStringLiteral("domicile")) && !parser.isSet(QStringLiteral("pin2")))
        return tr("本籍 (--domicile) needs --pin2");
    // drivers-licence.md §A3, §A6: 4 digits; §A2, §A6: "****" when no PIN was set.
    const auto typedPin = [&](const char* option) -> std::optional<SecureBytes> {
        const QString value = secretValue(parser.value(QLatin1String(option)));
        if (!isDigits(value, 4) && value != QLatin1String("****"))
            return std::nullopt;
        return SecureBytes(value.toLatin1());
    };
    const QString badPin = tr("a licence PIN has 4 digits (or **** when the holder set none)");
    LicenceReader::Request& licence = request.licence;
    if (parser.isSet(QStringLiteral("pin1"))) {
        auto first = typedPin("pin1");
        if (!first)
            return badPin;
        licence.pin1 = std::move(*first);
        licence.access = LicenceReader::Request::Access::Pin1;
        if (parser.isSet(QStringLiteral("pin2"))) {
            auto second = typedPin("pin2");
            if (!second)
                return badPin;
            licence.pin2 = std::move(*second);
            licence.access = LicenceReader::Request::Access::Pin1AndPin2;
            licence.readDomicile = parser.isSet(QStringLiteral("domicile"));
        }
    }
    if (parser.isSet(QStringLiteral("licence-pin"))) {
        request.myNumber.licencePin = typedPin("licence-pin");
        if (!request.myNumber.licencePin)
            return badPin;
    }
    return true;
}

} // namespace madoguchi
