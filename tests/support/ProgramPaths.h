#pragma once

#include <QString>

namespace madoguchi {

// Where the build put the programs the tests run. Only ProgramPaths.cpp knows the absolute build
// paths, so that every other test source compiles the same from any checkout (and ccache reuses it).
struct ProgramPaths
{
    static QString read();     // madoguchi-read
    static QString cardsim();  // madoguchi-cardsim
    static QString kiosk();    // madoguchi
    static QString print();    // madoguchi-print
    static QString verify();   // madoguchi-verify
};

} // namespace madoguchi
