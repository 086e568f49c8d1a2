#pragma once

#include <QString>

namespace madoguchi {

// Finds the product's data (personas, trust anchors, purposes): $MADOGUCHI_RESOURCES when set,
// else the source tree's resources/ for a program run from its build tree, else the installed data
// directory (/usr/share/madoguchi) — so an installed program never reads a source tree, even on
// the machine that built it.
class ResourceLocator
{
public:
    static QString resourceDir();
    static QString path(const QString& relative);
};

} // namespace madoguchi
