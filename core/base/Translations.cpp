#include "core/base/Translations.h"

#include "core/base/ProductTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace madoguchi {

void Translations::install(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new ProductTranslator(&app);
    if (own->load(locale, QStringLiteral("madoguchi"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace madoguchi
