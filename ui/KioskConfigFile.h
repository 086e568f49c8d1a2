#pragma once

#include "ui/KioskConfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace madoguchi {

class SettingsFile;

// The administrator's settings file, /etc/madoguchi/madoguchi.conf (docs/ADMIN.md "Settings"):
//
//   [counter]    terminal-id, operator-id, printer, idle-timeout, idle-warning, customer-screen
//   [languages]  offered, default
//   [forms]      purposes, templates
//   [trust]      anchors
//
// Every value is checked when the kiosk starts — unknown settings, numbers out of range, paths
// that do not exist — and every problem is reported, so that a kiosk never runs on settings other
// than the ones written. IDs and printer names are restricted to short plain names, so no field can
// take a customer's name or number.
class KioskConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(KioskConfigFile)

public:
    // Where the packaged kiosk reads its settings (the configured sysconfdir).
    static QString defaultPath();

    // Sets one setting; an empty result, or what is wrong with the value. Used for the file's lines
    // and for the command-line options that override them.
    static QString set(KioskConfig& config, const QString& section, const QString& key, const QString& value);
    // Applies every line of `file` over `config`; each problem as "line N: …".
    static QStringList apply(const SettingsFile& file, KioskConfig& config);
    // Applies the file at `path` over `config`; each problem prefixed with the path.
    static QStringList load(const QString& path, KioskConfig& config);
    // What must hold between settings once all are set (the warning shorter than the timeout, the
    // starting language among those offered).
    static QStringList checkTogether(const KioskConfig& config);
};

} // namespace madoguchi
