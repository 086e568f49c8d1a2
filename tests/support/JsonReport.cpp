#include "tests/support/JsonReport.h"

#include "tests/support/PcscStack.h"
#include "tests/support/ProgramPaths.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>

namespace madoguchi {

JsonReport JsonReport::fromRead(const QStringList& args, QString* errors, const QByteArray& input)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(ProgramPaths::read(),
                  QStringList{QStringLiteral("--json"), QStringLiteral("--demo"), QStringLiteral("--wait"), QStringLiteral("10")} + args);
    process.write(input);
    process.closeWriteChannel();
    const bool ended = process.waitForFinished(60000);
    if (!ended)
        process.kill();
    const bool normal = ended && process.exitStatus() == QProcess::NormalExit;
    JsonReport report{normal ? process.exitCode() : -1, QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
                      clock.elapsed()};
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    if (errors)
        *errors = stderrText;
    else if (report.json.isEmpty())
        qWarning().noquote() << stderrText;
    return report;
}

JsonReport JsonReport::fromServedCard(PcscStack& stack, const QString& card, const QString& persona, const QStringList& cardOptions,
                                      const QStringList& args, QString* errors, const QByteArray& input)
{
    if (const QString error = stack.serveCard(card, persona, cardOptions); !error.isEmpty()) {
        qWarning().noquote() << error;
        return {};
    }
    return fromRead(args, errors, input);
}

} // namespace madoguchi
