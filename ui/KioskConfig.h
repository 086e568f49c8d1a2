#pragma once

#include <QString>

namespace madoguchi {

// How the kiosk runs: from the command line now, from /etc/madoguchi once packaged.
struct KioskConfig
{
    bool demo = false;          // virtual cards, test anchors, a permanent DEMO banner
    bool kiosk = false;         // full screen, no window controls
    int idleTimeoutSeconds = 120;
    int idleWarningSeconds = 15;
    QString printer;            // CUPS queue; empty: the default printer
    QString operatorId;
    QString terminalId;
    QString purposesPath;
    QString formsPath;
    QString trustDir;           // production anchors
    QString testTrustDir;       // loaded in demo mode only
    QString language = QStringLiteral("ja");
    // PIN entry on a window facing the customer: on when a second screen is attached, or forced.
    bool customerScreen = false;
};

} // namespace madoguchi
