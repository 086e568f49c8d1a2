#pragma once

#include "core/base/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi {

// A strict INI-style settings file: `[section]` headers, `key = value` lines, `#` comments, UTF-8.
// Unlike QSettings it keeps each setting's line number and refuses what it does not understand — a
// line that is neither, a setting outside a section, a setting given twice, bytes that are not
// UTF-8 — so that a typing mistake is reported rather than silently ignored. It never writes.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    struct Entry
    {
        QString section;
        QString key;
        QString value;
        int line = 0;
    };

    // Larger than any settings file a person writes; anything bigger is refused unread.
    static constexpr qint64 kMaxBytes = 64 * 1024;

    // Every problem at once, each as "line N: …", so that they can all be fixed in one pass.
    static Result<SettingsFile, QStringList> parse(QByteArrayView text);
    // As parse(), each problem prefixed with the path; also refuses a file that every user may
    // change, since the settings decide which trust anchors and which printer are used.
    static Result<SettingsFile, QStringList> load(const QString& path);

    const QList<Entry>& entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace madoguchi
