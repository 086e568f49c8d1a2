#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace madoguchi {

// Writes `content` to `path`, replacing it: test input files (settings, templates).
inline bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace madoguchi
