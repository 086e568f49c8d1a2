#pragma once

#include "core/session/SystemSelfCheck.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace madoguchi {

// What a monitoring agent may collect from a terminal, as one small JSON file: the program and
// version, the terminal ID, whether records are signed (and by which terminal certificate), the
// start-up self-check's findings by id, the readers attached, when it was written. Machine state
// only: no field can hold anything about a customer (the readers are device names; the session is
// said to be idle or in use, never whose).
struct TerminalStatus
{
    QString version;
    QString terminalId;
    QString signingTerminal;  // the signing certificate's name; empty: records print unsigned
    QList<SystemSelfCheck::Finding> findings;
    QStringList readers;
    bool sessionActive = false;
    QDateTime written = QDateTime::currentDateTimeUtc();

    QByteArray toJson() const;
    // Replaces `path` atomically (a file in the same directory, then renamed): a reader of the file
    // never sees half of it. Returns the error, empty on success.
    QString write(const QString& path) const;
};

} // namespace madoguchi
