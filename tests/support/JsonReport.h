#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace madoguchi {

class PcscStack;

// One madoguchi-read --json report, as the integration tests look into it.
struct JsonReport
{
    // Runs madoguchi-read --json --demo (waiting up to 10 s for a card) with `args` and `input` on
    // its standard input; its standard error goes to `errors` when given, else to the test log when
    // no report came.
    static JsonReport fromRead(const QStringList& args, QString* errors = nullptr, const QByteArray& input = {});
    // Has `stack` serve `card` of `persona` (with madoguchi-cardsim's `cardOptions`), then fromRead();
    // an empty report when the card could not be served.
    static JsonReport fromServedCard(PcscStack& stack, const QString& card, const QString& persona, const QStringList& cardOptions,
                                     const QStringList& args, QString* errors = nullptr, const QByteArray& input = {});

    int exitCode = -1;  // -1 when the program crashed or did not end within 60 s
    QJsonObject json;
    qint64 elapsedMs = 0;

    QJsonObject section(const char* name) const { return json.value(QLatin1String(name)).toObject(); }
    QString field(const char* name) const { return section("fields").value(QLatin1String(name)).toString(); }
    // The result ("pass", "fail", "not-checked") of the check called `name`; empty when absent.
    QString check(const char* name) const
    {
        for (const QJsonValue& check : section("verification").value(QLatin1String("checks")).toArray())
            if (check.toObject().value(QLatin1String("name")).toString() == QLatin1String(name))
                return check.toObject().value(QLatin1String("result")).toString();
        return {};
    }
};

} // namespace madoguchi
