#include "ui/KioskConfigFile.h"

#include "core/audit/EvidenceSigner.h"
#include "core/base/SettingsFile.h"
#include "ui/customer/CustomerLanguages.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <array>

namespace madoguchi {

namespace {

// The languages the kiosk has translations for (translations/).
const QStringList kLanguages{QStringLiteral("ja"), QStringLiteral("en")};

// Machine names only: nothing that could hold a customer's name or number in readable form.
QString plainName(QString& field, const QString& value, int maxLength, bool mayBeEmpty)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]*$"));
    if ((value.isEmpty() && !mayBeEmpty) || value.size() > maxLength || !name.match(value).hasMatch())
        //: The value is not repeated, in case a person's name was typed in by mistake: it would reach the log.
        return KioskConfigFile::tr("not a plain name: use up to %1 letters A–Z, digits, '.', '_' or '-' (the value is not shown)").arg(maxLength);
    field = value;
    return {};
}

QString seconds(int& field, const QString& value, int min, int max)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < min || number > max)
        return KioskConfigFile::tr("\"%1\" is not a whole number of seconds from %2 to %3").arg(value).arg(min).arg(max);
    field = number;
    return {};
}

QString language(QString& field, const QString& value, const QStringList& known = kLanguages)
{
    if (!known.contains(value))
        return KioskConfigFile::tr("\"%1\" is not a language the kiosk has; it has: %2").arg(value, known.join(QLatin1Char(' ')));
    field = value;
    return {};
}

// A list of language codes, each once, at least one.
QString languageList(QStringList& field, const QString& value, const QStringList& known)
{
    QStringList codes;
    for (const QString& item : value.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        QString code;
        if (QString problem = language(code, item, known); !problem.isEmpty())
            return problem;
        if (codes.contains(code))
            return KioskConfigFile::tr("%1 is named twice").arg(code);
        codes << code;
    }
    if (codes.isEmpty())
        return KioskConfigFile::tr("at least one language must be offered");
    field = codes;
    return {};
}

QString absolutePath(const QString& value)
{
    return KioskConfigFile::tr("\"%1\" is not an absolute path").arg(value);
}

QString existingFile(QString& field, const QString& value)
{
    if (!QDir::isAbsolutePath(value))
        return absolutePath(value);
    if (!QFileInfo(value).isFile())
        return KioskConfigFile::tr("%1: no such file").arg(value);
    field = value;
    return {};
}

QString existingDirectory(QString& field, const QString& value)
{
    if (!QDir::isAbsolutePath(value))
        return absolutePath(value);
    if (!QFileInfo(value).isDir())
        return KioskConfigFile::tr("%1: no such directory").arg(value);
    field = value;
    return {};
}

struct Setting
{
    const char* section;
    const char* key;
    QString (*set)(KioskConfig& config, const QString& value);
};

const std::array<Setting, 18> kSettings{{
    {"counter", "terminal-id", [](KioskConfig& c, const QString& v) { return plainName(c.terminalId, v, 32, false); }},
    {"counter", "operator-id", [](KioskConfig& c, const QString& v) { return plainName(c.operatorId, v, 32, false); }},
    {"counter", "printer", [](KioskConfig& c, const QString& v) { return plainName(c.printer, v, 127, true); }},
    {"counter", "idle-timeout", [](KioskConfig& c, const QString& v) { return seconds(c.idleTimeoutSeconds, v, 20, 3600); }},
    {"counter", "idle-warning", [](KioskConfig& c, const QString& v) { return seconds(c.idleWarningSeconds, v, 5, 300); }},
    {"counter", "customer-screen",
     [](KioskConfig& c, const QString& v) {
         if (v != QLatin1String("auto") && v != QLatin1String("always"))
             return KioskConfigFile::tr("\"%1\" is neither auto (when a second screen is attached) nor always").arg(v);
         c.customerScreen = v == QLatin1String("always");
         return QString();
     }},
    {"languages", "offered", [](KioskConfig& c, const QString& v) { return languageList(c.languages, v, kLanguages); }},
    {"languages", "default", [](KioskConfig& c, const QString& v) { return language(c.language, v); }},
    {"languages", "customer", [](KioskConfig& c, const QString& v) { return languageList(c.customerLanguages, v, CustomerLanguages::codes()); }},
    {"forms", "purposes", [](KioskConfig& c, const QString& v) { return existingFile(c.purposesPath, v); }},
    {"camera", "device",
     [](KioskConfig& c, const QString& v) {
         // Qt Multimedia's camera ids are device paths or names: any text of a line, no customer data.
         c.cameraDevice = v;
         return QString();
     }},
    {"camera", "picture",
     [](KioskConfig& c, const QString& v) {
         if (v.isEmpty()) {  // none
             c.cameraPicture.clear();
             return QString();
         }
         return existingFile(c.cameraPicture, v);
     }},
    {"forms", "templates", [](KioskConfig& c, const QString& v) { return existingDirectory(c.formsPath, v); }},
    {"trust", "anchors",
     [](KioskConfig& c, const QString& v) {
         QStringList dirs;
         for (const QString& item : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
             QString dir;
             if (QString problem = existingDirectory(dir, item.trimmed()); !problem.isEmpty())
                 return problem;
             dirs << dir;
         }
         if (dirs.isEmpty())
             return KioskConfigFile::tr("at least one directory of production trust anchors must be named");
         c.trustDirs = dirs;
         return QString();
     }},
    {"evidence", "signing-key",
     [](KioskConfig& c, const QString& v) {
         // Empty: no signing; a provider's URI (pkcs11:…, handle:…) as it is; a file by its absolute path.
         if (v.isEmpty()) {
             c.signingKey.clear();
             return QString();
         }
         if (const QString file = EvidenceSigner::keyFile(v); !file.isEmpty() && !QDir::isAbsolutePath(file))
             return absolutePath(v);
         c.signingKey = v;
         return QString();
     }},
    {"evidence", "signing-cert",
     [](KioskConfig& c, const QString& v) {
         if (v.isEmpty()) {
             c.signingCert.clear();
             return QString();
         }
         return existingFile(c.signingCert, v);
     }},
    {"monitoring", "status-file",
     [](KioskConfig& c, const QString& v) {
         if (v.isEmpty()) {
             c.statusFile.clear();
             return QString();
         }
         if (!QDir::isAbsolutePath(v))
             return absolutePath(v);
         c.statusFile = v;
         return QString();
     }},
    {"revocation", "residence-url",
     [](KioskConfig& c, const QString& v) {
         const QUrl url(v, QUrl::StrictMode);
         if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
             //: madoguchi.conf: the revocation inquiry page must be an https address.
             return KioskConfigFile::tr("\"%1\" is not an https:// address").arg(v);
         c.residenceRevocationUrl = url.toString();
         return QString();
     }},
}};

QStringList keysOf(const QString& section)
{
    QStringList keys;
    for (const Setting& setting : kSettings) {
        if (section == QLatin1String(setting.section))
            keys << QLatin1String(setting.key);
    }
    return keys;
}

} // namespace

QString KioskConfigFile::defaultPath()
{
    return QStringLiteral(MADOGUCHI_SYSCONF_DIR "/madoguchi/madoguchi.conf");
}

QString KioskConfigFile::set(KioskConfig& config, const QString& section, const QString& key, const QString& value)
{
    const QStringList keys = keysOf(section);
    if (keys.isEmpty()) {
        QStringList sections;
        for (const Setting& setting : kSettings) {
            if (!sections.contains(QLatin1String(setting.section)))
                sections << QLatin1String(setting.section);
        }
        return tr("[%1] is not a section; the sections are %2").arg(section, sections.join(QStringLiteral(", ")));
    }
    for (const Setting& setting : kSettings) {
        if (section == QLatin1String(setting.section) && key == QLatin1String(setting.key))
            return setting.set(config, value);
    }
    //: %1: the unknown setting; %2: the section; %3: the settings the section has.
    return tr("%1 is not a setting of [%2]; its settings are %3").arg(key, section, keys.join(QStringLiteral(", ")));
}

QStringList KioskConfigFile::apply(const SettingsFile& file, KioskConfig& config)
{
    QStringList problems;
    for (const SettingsFile::Entry& entry : file.entries()) {
        if (QString problem = set(config, entry.section, entry.key, entry.value); !problem.isEmpty())
            //: %1: line number of madoguchi.conf; %2: section; %3: setting; %4: what is wrong with its value.
            problems << tr("line %1: [%2] %3: %4").arg(entry.line).arg(entry.section, entry.key, problem);
    }
    return problems;
}

QStringList KioskConfigFile::load(const QString& path, KioskConfig& config)
{
    const auto file = SettingsFile::load(path);
    if (!file)
        return file.error();
    QStringList problems;
    for (const QString& problem : apply(*file, config))
        problems << path + QStringLiteral(": ") + problem;
    return problems;
}

QStringList KioskConfigFile::checkTogether(const KioskConfig& config)
{
    QStringList problems;
    if (config.idleWarningSeconds >= config.idleTimeoutSeconds)
        problems << tr("the idle warning (%1 s) must be shorter than the idle timeout (%2 s)").arg(config.idleWarningSeconds).arg(config.idleTimeoutSeconds);
    if (!config.languages.contains(config.language))
        problems << tr("the default language %1 is not among those offered (%2)").arg(config.language, config.languages.join(QLatin1Char(' ')));
    return problems;
}

} // namespace madoguchi
