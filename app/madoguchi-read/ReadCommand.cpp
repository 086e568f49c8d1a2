#include "app/madoguchi-read/ReadCommand.h"

#include "app/madoguchi-read/ReadReport.h"
#include "core/cards/CardDetector.h"
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

const QString kSimReader = QStringLiteral("madoguchi virtual reader 0");

} // namespace

Result<std::unique_ptr<ReaderBackend>, QString> ReadCommand::makeBackend() const
{
    if (m_options.sim.isEmpty())
        return std::unique_ptr<ReaderBackend>(std::make_unique<PcscBackend>());
    const qsizetype colon = m_options.sim.indexOf(QLatin1Char(':'));
    const auto type = simCardTypeFromName(m_options.sim.left(colon));
    if (colon < 0 || !type)
        return tr("--sim takes TYPE:PERSONA with TYPE one of: %1").arg(simCardTypeNames().join(QLatin1String(", ")));
    auto persona = Persona::load(m_options.sim.mid(colon + 1));
    if (!persona)
        return persona.error();
    auto backend = std::make_unique<SimBackend>();
    backend->insertCard(kSimReader, SimCardFactory::create(*type, *persona));
    return std::unique_ptr<ReaderBackend>(std::move(backend));
}

Result<ReaderInfo, ReaderError> ReadCommand::waitForCard(ReaderBackend& backend) const
{
    const QDeadlineTimer deadline(std::chrono::seconds(m_options.waitSeconds));
    for (;;) {
        auto readers = backend.listReaders();
        if (!readers)
            return readers.error();
        ReaderList matching;
        for (const ReaderInfo& reader : std::as_const(*readers))
            if (reader.name.contains(m_options.readerFilter, Qt::CaseInsensitive))
                matching.append(reader);
        for (const ReaderInfo& reader : std::as_const(matching))
            if (reader.hasCard)
                return reader;
        if (deadline.hasExpired()) {
            if (matching.isEmpty())
                return ReaderError(ReaderError::Kind::NoReader,
                                   m_options.readerFilter.isEmpty()
                                       ? QString()
                                       : QStringLiteral("no reader name contains \"%1\"").arg(m_options.readerFilter));
            return ReaderError(ReaderError::Kind::NoCard, matching.first().name);
        }
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
    ExitCode exit = ExitCode::CardError;
    if (detection->type == DocumentType::Unknown) {
        printError(tr("the card answered none of the known applications: not a supported identity document"));
    } else {
        report.verification().add(QStringLiteral("card-data"), Verification::Result::NotChecked,
                                  tr("this version detects %1 cards but does not read their data yet")
                                      .arg(documentTypeName(detection->type)));
        exit = report.exitCode();
    }
    report.setLink(card.stats());
    const QString output = m_options.json
                               ? QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)) + QLatin1Char('\n')
                               : report.toText();
    std::fputs(output.toUtf8().constData(), stdout);
    return exit;
}

} // namespace madoguchi
