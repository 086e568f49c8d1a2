#pragma once

#include <QString>

namespace madoguchi {

// Finds the product's data (personas, trust anchors, purposes): $MADOGUCHI_RESOURCES when set,
// else the source tree's resources/ in a build tree, else the installed data directory.
class ResourceLocator
{
public:
    static QString resourceDir();
    static QString path(const QString& relative);
};

} // namespace madoguchi
