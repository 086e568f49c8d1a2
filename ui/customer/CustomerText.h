#pragma once

#include <QSet>
#include <QString>
#include <QTranslator>

#include <map>
#include <memory>

namespace madoguchi {

// The customer screen's words in the customer's language, whatever language the staff screen and
// the application's translators speak. The texts are marked QT_TRANSLATE_NOOP("CustomerScreen", …)
// and translated in translations/customer/customer_<code>.ts; English is the source.
class CustomerText
{
public:
    static constexpr const char* kContext = "CustomerScreen";

    CustomerText();

    // Switches to `code` (CustomerLanguages); false for a language without a catalogue.
    bool setLanguage(const QString& code);
    const QString& language() const { return m_language; }
    // `source` in the current language; the English source where the catalogue has no translation
    // (remembered in missing(), which the fit test requires empty).
    QString text(const char* source) const;
    const QSet<QString>& missing() const { return m_missing; }

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;  // by language code; none for English
    QString m_language = QStringLiteral("en");
    mutable QSet<QString> m_missing;
};

} // namespace madoguchi
