#pragma once

#include "core/base/Result.h"
#include "core/cards/read/CardReadRequest.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace madoguchi {

// madoguchi-read's options for one card kind's credential. main() adds every group's options to one
// parser and lets each group take its values into the one CardReadRequest; a new card kind is one
// new group.
class CredentialOptions
{
public:
    virtual ~CredentialOptions() = default;

    virtual QList<QCommandLineOption> options() const = 0;
    // Moves the values given into `request`; a usage problem in words (never the value itself).
    virtual Result<bool, QString> take(const QCommandLineParser& parser, CardReadRequest& request) const = 0;

protected:
    // A value given as "-" is read from standard input, so it appears in no process list.
    static QString secretValue(const QString& value);
    static bool isDigits(const QString& value, qsizetype count);
};

} // namespace madoguchi
