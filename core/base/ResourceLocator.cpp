#include "core/base/ResourceLocator.h"

#include <QDir>
#include <QFileInfo>

namespace madoguchi {

QString ResourceLocator::resourceDir()
{
    const QString fromEnv = qEnvironmentVariable("MADOGUCHI_RESOURCES");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // The running program does not move: read its path once, not on every lookup.
    static const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (program.startsWith(QStringLiteral(MADOGUCHI_BUILD_DIR "/")))
        return QStringLiteral(MADOGUCHI_SOURCE_RESOURCES);
    return QStringLiteral(MADOGUCHI_INSTALLED_RESOURCES);
}

QString ResourceLocator::path(const QString& relative)
{
    return QDir(resourceDir()).filePath(relative);
}

} // namespace madoguchi
