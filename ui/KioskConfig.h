#pragma once

#include "ui/customer/CustomerLanguages.h"

#include <QString>
#include <QStringList>

namespace madoguchi {

// How the kiosk runs: built-in defaults, then /etc/madoguchi/madoguchi.conf, then the command line
// (KioskConfigFile). Machine settings only: no field may hold anything about a customer.
struct KioskConfig
{
    bool demo = false;          // virtual cards, test anchors, a permanent DEMO banner
    bool kiosk = false;         // full screen, no window controls
    int idleTimeoutSeconds = 120;
    int idleWarningSeconds = 15;
    QString printer;            // CUPS queue; empty: the default printer
    QString operatorId = QStringLiteral("-");  // on the record of the check
    QString terminalId = QStringLiteral("-");
    QString purposesPath;
    QString formsPath;
    QStringList trustDirs;      // production anchors, read in this order
    QString testTrustDir;       // loaded in demo mode only
    QStringList languages{QStringLiteral("ja"), QStringLiteral("en")};  // offered on the toggle, in its order
    QString language = QStringLiteral("ja");                            // the one the kiosk starts in
    // A screen facing the customer (CustomerScreen): on when a second screen is attached, or forced.
    bool customerScreen = false;
    // The languages that screen offers, in order (CustomerLanguages codes); every visit starts in the first.
    QStringList customerLanguages = CustomerLanguages::codes();
    // Where staff ask whether a residence card was revoked (the ISA's 在留カード等番号失効情報照会):
    // shown as text and QR code on the review; the terminal itself never goes online.
    // A JSON file a monitoring agent collects (TerminalStatus: self-check findings, readers, signing;
    // never customer data); empty: none.
    QString statusFile;
    // The key that signs each 確認記録 and its certificate (EvidenceSigner); empty: sheets print 「署名なし」.
    QString signingKey;   // a PEM file (owner-readable only) or an OpenSSL provider's URI
    QString signingCert;  // PEM
    // The counter's camera for reading a passport's MRZ: a Qt Multimedia device id, "default" for the
    // system's default camera, empty for none; or a still picture given as the camera's frames
    // (the demo, a flatbed scanner's file).
    QString cameraDevice;
    QString cameraPicture;
    QString residenceRevocationUrl = QStringLiteral("https://lapse-immi.moj.go.jp/ZEC/appl/e0/ZEC2/pages/FZECST011.aspx");
};

} // namespace madoguchi
