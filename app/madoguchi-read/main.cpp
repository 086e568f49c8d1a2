// madoguchi-read: reads an identity card on a PC/SC reader (or a virtual one) and prints one report.

#include "app/madoguchi-read/ReadCommand.h"
#include "core/base/Translations.h"
#include "core/cards/mynumber/CollationNumberB.h"
#include "core/cards/passport/MrzKey.h"
#include "core/cards/residence/ResidenceCardNumber.h"
#include "core/session/ProcessHardening.h"
#include "core/sim/SimCardType.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QThread>
#include <cstdio>

using namespace madoguchi;

namespace {

using Route = MyNumberReader::Request::Route;

int usage(const QString& message)
{
    std::fprintf(stderr, "madoguchi-read: %s\n", qPrintable(message));
    return int(ExitCode::Usage);
}

// A credential given as "-" is read from standard input, so it appears in no process list.
QString secretValue(const QString& value)
{
    if (value != QLatin1String("-"))
        return value;
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

bool isDigits(const QString& value, qsizetype count)
{
    return value.size() == count &&
           std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::disableCoreDumps();
    ProcessHardening::scrubFreedMemory();
    // The report goes straight to the pipe: no copy of it stays in a stdio buffer.
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    // The report says what went wrong; log lines (ours and Qt's, from start-up on) are for --verbose.
    if (std::none_of(argv + 1, argv + argc, [](const char* arg) { return qstrcmp(arg, "--verbose") == 0; }))
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(message));
        });
    // Virtual cards render their images with fonts: a GUI application without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-read"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    Translations::install(app);

    const auto tr = [](const char* text) { return QCoreApplication::translate("main", text); };
    ReadCommand::Options options;
    int lingerSeconds = 0;
    {
        // The parser keeps copies of every argument: it goes before the read starts.
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Reads an identity card by its IC chip and prints what was read and verified.\n"
               "Exit codes: 0 genuine, 1 not genuine or unverified, 2 credential rejected,\n"
               "3 no pcscd / reader / card, 4 usage, 5 card error.\n"
               "Credentials given as - are read from standard input."));
        parser.addHelpOption();
        parser.addVersionOption();
        const QCommandLineOption reader(
            QStringLiteral("reader"), tr("Use the reader whose name contains TEXT."), QStringLiteral("TEXT"));
        const QCommandLineOption sim(
            QStringLiteral("sim"),
            tr("Read a virtual card in this process instead of PC/SC (implies --demo)."),
            QStringLiteral("TYPE:PERSONA[:FAULT]"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
        const QCommandLineOption wait(QStringLiteral("wait"), tr("Wait this long for a card to be placed."),
                                      QStringLiteral("SECONDS"), QStringLiteral("5"));
        const QCommandLineOption answerTimeout(QStringLiteral("answer-timeout"),
                                               tr("How long one command may wait for the card's answer before the card counts as mute."),
                                               QStringLiteral("SECONDS"), QStringLiteral("30"));
        const QCommandLineOption verbose(QStringLiteral("verbose"),
                                         tr("Log reader and card events (never customer data) on stderr."));
        const QCommandLineOption trust(QStringLiteral("trust"),
                                       tr("Production trust anchors from DIR instead of the shipped ones."),
                                       QStringLiteral("DIR"));
        const QCommandLineOption demo(
            QStringLiteral("demo"),
            tr("Also accept the test anchors of the virtual cards (never \"genuine\")."));
        const QCommandLineOption pin(QStringLiteral("pin"),
                                     tr("My Number card: the 4-digit PIN (reads the individual number)."),
                                     QStringLiteral("PIN"));
        const QCommandLineOption collationA(
            QStringLiteral("collation-a"),
            tr("My Number card: 照合番号A, the 12-digit number, to confirm it."), QStringLiteral("DIGITS"));
        const QCommandLineOption collationB(QStringLiteral("collation-b"),
                                            tr("My Number card: 照合番号B, 14 digits."),
                                            QStringLiteral("DIGITS"));
        const QCommandLineOption birthDate(QStringLiteral("birth-date"),
                                           tr("My Number card: birth date, for 照合番号B; passport: birth date "
                                              "(with --document-number)."),
                                           QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption expiryYear(QStringLiteral("expiry-year"),
                                            tr("My Number card: expiry year, for 照合番号B."),
                                            QStringLiteral("YYYY"));
        const QCommandLineOption securityCode(QStringLiteral("security-code"),
                                              tr("My Number card: 4-digit security code, for 照合番号B."),
                                              QStringLiteral("NNNN"));
        const QCommandLineOption gregorian(
            QStringLiteral("gregorian-birth-year"),
            tr("The card prints the birth date in the Gregorian calendar (foreign residents)."));
        const QCommandLineOption pin1(
            QStringLiteral("pin1"),
            tr("Driver's licence: PIN1 (4 digits) reads the entries; **** when the holder set no PIN."),
            QStringLiteral("PIN"));
        const QCommandLineOption pin2(
            QStringLiteral("pin2"),
            tr("Driver's licence: PIN2 as well, for the photo and the signature check."),
            QStringLiteral("PIN"));
        const QCommandLineOption domicile(QStringLiteral("domicile"),
                                          tr("Driver's licence: also read 本籍 (needs --pin2)."));
        const QCommandLineOption licencePin(QStringLiteral("licence-pin"),
                                            tr("My Number card holding a driving licence (マイナ免許証): the "
                                               "licence PIN (4 digits; **** when "
                                               "the holder set none), read after the My Number credential."),
                                            QStringLiteral("PIN"));
        const QCommandLineOption cardNumber(
            QStringLiteral("card-number"),
            tr("Residence card / special permanent resident certificate: the 12-character card number "
               "printed on it (2 letters, 8 digits, 2 letters)."),
            QStringLiteral("NUMBER"));
        const QCommandLineOption mrz(
            QStringLiteral("mrz"),
            tr("Passport: the two lines of the MRZ (88 characters, as a scanner types them; - reads them "
               "from standard input)."),
            QStringLiteral("LINES"));
        const QCommandLineOption documentNumber(QStringLiteral("document-number"),
                                                tr("Passport: the document number, with --birth-date and "
                                                   "--expiry-date."),
                                                QStringLiteral("NUMBER"));
        const QCommandLineOption expiryDate(QStringLiteral("expiry-date"), tr("Passport: the expiry date."),
                                           QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption can(QStringLiteral("can"),
                                     tr("Passport or ID card with PACE: the 6-digit card access number."),
                                     QStringLiteral("DIGITS"));
        const QCommandLineOption useLastTry(QStringLiteral("use-last-try"),
                                            tr("Send the credential even when only one try is left."));
        const QCommandLineOption linger(
            QStringLiteral("linger"),
            tr("Stay alive this long after the read has ended, so that the process can be inspected."),
            QStringLiteral("SECONDS"), QStringLiteral("0"));
        parser.addOptions({reader, sim,        json,       wait,       verbose,    trust,        demo,
                           pin,    collationA, collationB, birthDate,  expiryYear, securityCode, gregorian,
                           pin1,   pin2,       domicile,   licencePin, cardNumber, useLastTry,   linger,
                           mrz,    documentNumber, expiryDate, can, answerTimeout});
        if (!parser.parse(app.arguments()))
            return usage(parser.errorText());
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();

        bool waitOk = false;
        bool answerTimeoutOk = false;
        options.readerFilter = parser.value(reader);
        options.sim = parser.value(sim);
        options.json = parser.isSet(json);
        options.waitSeconds = parser.value(wait).toInt(&waitOk);
        options.answerTimeoutSeconds = parser.value(answerTimeout).toInt(&answerTimeoutOk);
        options.trustDir = parser.value(trust);
        options.demo = parser.isSet(demo);
        if (!waitOk || options.waitSeconds < 0 || !answerTimeoutOk || options.answerTimeoutSeconds < 1
            || !parser.positionalArguments().isEmpty())
            return usage(tr("bad arguments; see --help"));

        MyNumberReader::Request& request = options.myNumber;
        request.allowLastTry = parser.isSet(useLastTry);
        // --birth-date belongs to the passport's MRZ when a document number is given.
        const bool passportParts = parser.isSet(documentNumber) || parser.isSet(expiryDate);
        const bool bParts = (parser.isSet(birthDate) && !passportParts) || parser.isSet(expiryYear) || parser.isSet(securityCode);
        const int routes = int(parser.isSet(pin)) + int(parser.isSet(collationA)) +
                           int(parser.isSet(collationB)) + int(bParts);
        if (routes > 1)
            return usage(
                tr("give one credential: --pin, --collation-a, --collation-b or the 照合番号B parts"));
        if (parser.isSet(pin)) {
            const QString value = secretValue(parser.value(pin));
            if (!isDigits(value, 4))
                return usage(tr("the PIN has 4 digits"));
            request.route = Route::Pin;
            request.secret = SecureBytes(value.toLatin1());
        } else if (parser.isSet(collationA)) {
            const QString value = secretValue(parser.value(collationA));
            if (!isDigits(value, 12))
                return usage(tr("照合番号A is the 12-digit individual number"));
            request.route = Route::CollationA;
            request.secret = SecureBytes(value.toLatin1());
        } else if (parser.isSet(collationB)) {
            auto digits = CollationNumberB::validate(secretValue(parser.value(collationB)));
            if (!digits)
                return usage(digits.error());
            request.route = Route::CollationB;
            request.secret = std::move(digits).value();
        } else if (bParts) {
            auto digits = CollationNumberB::build(
                QDate::fromString(parser.value(birthDate), Qt::ISODate),
                parser.isSet(gregorian) ? CollationNumberB::BirthYear::Gregorian
                                        : CollationNumberB::BirthYear::JapaneseEra,
                parser.value(expiryYear).toInt(), secretValue(parser.value(securityCode)));
            if (!digits)
                return usage(digits.error());
            request.route = Route::CollationB;
            request.secret = std::move(digits).value();
        }
        LicenceReader::Request& licence = options.licence;
        licence.allowLastTry = request.allowLastTry;
        if (parser.isSet(pin2) && !parser.isSet(pin1))
            return usage(tr("--pin2 needs --pin1"));
        if (parser.isSet(domicile) && !parser.isSet(pin2))
            return usage(tr("本籍 (--domicile) needs --pin2"));
        // drivers-licence.md §A3, §A6: 4 digits; §A2, §A6: "****" when no PIN was set.
        const auto typedPin = [&](const QCommandLineOption& option) -> std::optional<SecureBytes> {
            const QString value = secretValue(parser.value(option));
            if (!isDigits(value, 4) && value != QLatin1String("****"))
                return std::nullopt;
            return SecureBytes(value.toLatin1());
        };
        const QString badPin = tr("a licence PIN has 4 digits (or **** when the holder set none)");
        if (parser.isSet(pin1)) {
            auto first = typedPin(pin1);
            if (!first)
                return usage(badPin);
            licence.pin1 = std::move(*first);
            licence.access = LicenceReader::Request::Access::Pin1;
            if (parser.isSet(pin2)) {
                auto second = typedPin(pin2);
                if (!second)
                    return usage(badPin);
                licence.pin2 = std::move(*second);
                licence.access = LicenceReader::Request::Access::Pin1AndPin2;
                licence.readDomicile = parser.isSet(domicile);
            }
        }
        if (parser.isSet(licencePin)) {
            options.licencePin = typedPin(licencePin);
            if (!options.licencePin)
                return usage(badPin);
        }
        if (parser.isSet(cardNumber)) {
            auto number = ResidenceCardNumber::normalize(secretValue(parser.value(cardNumber)));
            if (!number)
                return usage(number.error());
            options.residence.cardNumber = SecureBytes::takeFrom(*number);
        }
        PassportReader::Request& passport = options.passport;
        if (int(parser.isSet(mrz)) + int(passportParts) > 1)
            return usage(tr("give the MRZ lines or the document number, birth date and expiry date, not both"));
        if (parser.isSet(mrz)) {
            auto key = MrzKey::fromLines(secretValue(parser.value(mrz)));
            if (!key)
                return usage(key.error());
            passport.mrz = std::move(key).value();
        } else if (passportParts) {
            auto key = MrzKey::fromParts(parser.value(documentNumber), parser.value(birthDate), parser.value(expiryDate));
            if (!key)
                return usage(key.error());
            passport.mrz = std::move(key).value();
        }
        if (parser.isSet(can)) {
            const QString value = secretValue(parser.value(can));
            if (!isDigits(value, 6))
                return usage(tr("the CAN has 6 digits"));
            passport.can = SecureBytes(value.toLatin1());
        }
        lingerSeconds = std::max(0, parser.value(linger).toInt());
    }
    ProcessHardening::wipeArguments(argc, argv);
    const ExitCode code = ReadCommand(std::move(options)).run();
    ProcessHardening::scrubStack();
    // Everything of the read is gone by now: a memory image taken while lingering must not hold it.
    QThread::sleep(static_cast<unsigned long>(lingerSeconds));
    return int(code);
}
