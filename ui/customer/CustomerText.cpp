#include "ui/customer/CustomerText.h"

#include "ui/customer/CustomerLanguages.h"

namespace madoguchi {

CustomerText::CustomerText()
{
    for (const CustomerLanguage& language : CustomerLanguages::all()) {
        if (language.code == QLatin1String("en"))
            continue;
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/customer_%1.qm").arg(language.code)))
            m_translators.emplace(language.code, std::move(translator));
    }
}

bool CustomerText::setLanguage(const QString& code)
{
    if (code != QLatin1String("en") && m_translators.find(code) == m_translators.end())
        return false;
    m_language = code;
    return true;
}

QString CustomerText::text(const char* source) const
{
    const auto translator = m_translators.find(m_language);
    if (translator == m_translators.end())
        return QString::fromUtf8(source);
    const QString translated = translator->second->translate(kContext, source);
    if (!translated.isEmpty())
        return translated;
    m_missing.insert(QString::fromUtf8(source));
    return QString::fromUtf8(source);
}

} // namespace madoguchi
