#pragma once

#include <QLocale>

class QCoreApplication;

namespace madoguchi {

// Installs the product's catalogue (:/i18n/madoguchi_<lang>.qm, linked in through the
// madoguchi_translations library) and Qt's own for `locale`.
class Translations
{
public:
    static void install(QCoreApplication& app, const QLocale& locale = QLocale());
};

} // namespace madoguchi
