#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi {

// The languages the customer's screen speaks: Japanese, やさしい日本語, English and the languages of
// the largest groups of foreign residents. Each is offered by its own name (a language, not a flag)
// and drawn in fonts that cover its script.
struct CustomerLanguage
{
    QString code;          // BCP 47: ja, ja-x-easy (やさしい日本語, private use), en, zh-Hans, ko, vi, pt, ne, fil, id
    QString name;          // in the language itself: 日本語, 한국어, नेपाली …
    QString englishName;   // for settings and logs
    QString locale;        // for QLocale (numbers, accessibility): ja, zh_CN …
    QStringList fonts;     // font families, first choice first (Debian's IPAex and Noto packages)
};

class CustomerLanguages
{
public:
    // Every language in the order the screen offers them.
    static const QList<CustomerLanguage>& all();
    static const CustomerLanguage* find(const QString& code);
    static QStringList codes();
};

} // namespace madoguchi
