#include "app/madoguchi-read/ReadCommand.h"

#include "app/madoguchi-read/ReadReport.h"
#include "core/base/ResourceLocator.h"
#include "core/cards/read/CardDetector.h"
#include "core/cards/read/CardRead.h"
#include "core/reader/PcscBackend.h"
#include "core/reader/SimBackend.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardFactory.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

namespace madoguchi {
namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "madoguchi-read: %s\n", qPrintable(message));
}

QString credentialMessage(const CardReadOutcome::Credential& credential)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("ReadCommand", text); };
    const QString which = credential.route == QLatin1String("card-number") ? tr("the card number")
                          : credential.route == QLatin1String("mrz")        ? tr("the MRZ (document number, birth date, expiry date)")
                          : credential.route == QLatin1String("can")        ? tr("the CAN")
                          : credential.key.isEmpty()                        ? tr("the credential")
                          : credential.key == QLatin1String("licence-pin")  ? tr("the licence PIN")
                                                                            : credential.key.toUpper();
    switch (*credential.status) {
    case SafeVerify::Status::Rejected: {
        const bool second = credential.key == QLatin1String("pin2") || credential.key == QLatin1String("licence-pin");
        const std::optional<int> tries = second ? credential.secondTriesLeft : credential.triesLeft;
        return tries ? tr("the card did not accept %1; %2 tries left").arg(which).arg(*tries) : tr("the card did not accept %1").arg(which);
    }
    case SafeVerify::Status::Blocked:
        return tr("%1 is blocked on the card; it can be reset only at the issuing office "
                  "(My Number card: 市区町村窓口; driver's licence and licence PIN: 警察の運転免許センター)").arg(which);
    case SafeVerify::Status::LastTryRefused:
        return tr("%1 has only one try left, so nothing was sent: a wrong entry would block the card. "
                  "Check the credential with the customer, then use --use-last-try").arg(which);
    case SafeVerify::Status::RuledOut:
        //: drivers-licence.md §A3: a PIN the holder set is 4 digits; the default PIN "****" opens only a card without PINs.
        return tr("%1 cannot be right, so nothing was sent: the card says its holder set PINs, which are 4 digits").arg(which);
    case SafeVerify::Status::Verified:
        break;
    }
    return {};
}

const QString kSimReader = QStringLiteral("madoguchi virtual reader 0");

} // namespace

Result<std::unique_ptr<ReaderBackend>, QString> ReadCommand::makeBackend() const
{
    if (m_options.sim.isEmpty()) {
        auto pcsc = std::make_unique<PcscBackend>();
        pcsc->setAnswerTimeout(std::chrono::seconds(m_options.answerTimeoutSeconds));
        return std::unique_ptr<ReaderBackend>(std::move(pcsc));
    }
    const QStringList parts = m_options.sim.split(QLatin1Char(':'));
    const auto type = simCardTypeFromName(parts.value(0));
    const auto fault = SimCardOptions::faultFromName(parts.value(2, QStringLiteral("none")));
    if (parts.size() < 2 || parts.size() > 4 || !type || !fault)
        //: %1 lists the card types, %2 the faults, %3 the quirks.
        return tr("--sim takes TYPE:PERSONA[:FAULT[:QUIRK,…]] with TYPE one of: %1; FAULT one of: %2; QUIRK any of: %3")
            .arg(simCardTypeNames().join(QLatin1String(", ")), SimCardOptions::faultNames().join(QLatin1String(", ")),
                 SimQuirks::names().join(QLatin1String(", ")));
    auto persona = Persona::load(parts.value(1));
    if (!persona)
        return persona.error();
    SimCardOptions options;
    options.fault = *fault;
    auto quirks = SimQuirks::parse(parts.value(3), &options.extendedLength);
    if (!quirks)
        return quirks.error();
    options.quirks = *quirks;
    auto backend = std::make_unique<SimBackend>();
    backend->insertCard(kSimReader, SimCardFactory::create(*type, *persona, options));
    return std::unique_ptr<ReaderBackend>(std::move(backend));
}

Result<ReaderInfo, ReaderError> ReadCommand::waitForCard(ReaderBackend& backend) const
{
    const QDeadlineTimer deadline(std::chrono::seconds(m_options.waitSeconds));
    for (;;) {
        auto reader = CardRead::readerWithCard(backend, m_options.readerFilter);
        const bool waitable = !reader && (reader.error().kind() == ReaderError::Kind::NoCard || reader.error().kind() == ReaderError::Kind::NoReader);
        if (!waitable || deadline.hasExpired())
            return reader;
        QThread::msleep(200);
    }
}

ExitCode ReadCommand::run()
{
    auto backend = makeBackend();
    if (!backend) {
        printError(backend.error());
        return ExitCode::Usage;
    }
    auto reader = waitForCard(**backend);
    if (!reader) {
        printError(reader.error().describe());
        return exitCodeFor(reader.error());
    }
    auto channel = (*backend)->connectCard(reader->name);
    if (!channel) {
        printError(channel.error().describe());
        return exitCodeFor(channel.error());
    }
    CardChannel& card = **channel;
    auto detection = CardDetector(card).detect();
    if (!detection) {
        printError(detection.error().describe());
        return exitCodeFor(detection.error());
    }

    ReadReport report;
    report.setReader(card.readerName(), card.atr());
    report.setDetection(*detection);
    report.setFromImage(m_options.request.fromImage);
    const bool demo = m_options.demo || !m_options.sim.isEmpty();
    const TrustStore trust = TrustStore::load(m_options.trustDir.isEmpty() ? ResourceLocator::path(QStringLiteral("trust")) : m_options.trustDir,
                                              demo ? ResourceLocator::path(QStringLiteral("trust-test")) : QString());
    auto outcome = CardRead::read(card, *detection, std::move(m_options.request), trust);
    if (!outcome) {
        // A reader's own limit names the reader: another reader reads the card.
        printError(outcome.error().kind() == ReaderError::Kind::ReaderLimit
                       ? tr("reader \"%1\": %2").arg(card.readerName(), outcome.error().describe())
                       : outcome.error().describe());
        return exitCodeFor(outcome.error());
    }
    report.setOutcome(std::move(outcome).value());
    const ExitCode exit = report.exitCode();
    if (exit == ExitCode::CredentialRejected)
        printError(credentialMessage(report.outcome().credential));
    report.setLink(card.stats(), card.maxLe());
    const QString output = m_options.json
                               ? QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)) + QLatin1Char('\n')
                               : report.toText();
    std::fputs(output.toUtf8().constData(), stdout);
    std::fflush(stdout);
    return exit;
}

} // namespace madoguchi
