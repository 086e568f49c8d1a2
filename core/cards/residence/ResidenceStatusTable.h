#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace madoguchi {

// The names of the residence statuses (在留資格) behind the 10-byte codes second-generation residence
// cards hold in C9 (residence-card.md §B4). The ISA hands the code table to businesses separately; it
// is not in the public specification (residence-card-0708.md §9), so madoguchi ships no code it
// cannot source and reads the table from a file an administrator installs beside the trust anchors:
// `residence-card/status-codes.json`, {"schema": 1, "source": "…", "statuses": {"<code>": {"ja": "…",
// "en": "…"}}}. A code not in the table is shown as the code, never guessed.
class ResidenceStatusTable
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceStatusTable)

public:
    struct Names
    {
        QString ja;
        QString en;
    };

    // An empty table when `path` is empty (none installed); an error for a file that is not one.
    static Result<ResidenceStatusTable, QString> load(const QString& path);
    static Result<ResidenceStatusTable, QString> parse(const QByteArray& json);

    std::optional<Names> names(const QString& code) const;
    int size() const { return int(m_names.size()); }

private:
    QHash<QString, Names> m_names;
};

} // namespace madoguchi
