#pragma once

#include "core/crypto/SecureBytes.h"
#include "ui/Keypad.h"
#include "ui/customer/CustomerText.h"

#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// The screen that faces the customer (a second screen at the counter): it tells them what to do
// at each step — place the card, wait, enter the PIN, take the card back — and that their data was
// erased at the end, in the language they pick with one touch. The staff screen keeps the staff's
// language and never shows the PIN's digits; this screen never shows the customer's data.
class CustomerScreen : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Welcome,    // between visits, and while staff choose the purpose
        PlaceCard,  // the card step
        Wait,       // staff enter the credential
        Pin,        // the customer enters the PIN here
        Reading,
        TakeCard,   // the read is done
        Thanks,     // the visit ended; the data was erased
    };

    // `languages`: the codes offered (CustomerLanguages), in order; the first is where every visit starts.
    explicit CustomerScreen(const QStringList& languages, QWidget* parent = nullptr);

    void showState(State state);
    State state() const { return m_state; }
    // Asks for the 4-digit PIN; `triesLeft` as the card said.
    void ask(int triesLeft);
    SecureBytes takePin();
    // Ends the visit on this screen: the PIN field emptied, the first language again, normal text, Thanks.
    void endVisit();

    void setLanguage(const QString& code);
    const QString& language() const { return m_text.language(); }
    void setLargeText(bool on);
    bool largeText() const { return m_largeText; }
    // Texts that fell back to English for want of a translation (CustomerText::missing).
    const QSet<QString>& untranslated() const { return m_text.missing(); }

Q_SIGNALS:
    void entered();

private:
    void clearPin();
    void retranslate();
    void applyFonts();

    CustomerText m_text;
    QStringList m_languages;
    QList<QPushButton*> m_languageButtons;
    QPushButton* m_largeTextButton;
    QLabel* m_title;
    QLabel* m_body;
    QWidget* m_pinPanel;
    QLabel* m_tries;
    QLabel* m_pinPrivacy;
    QLineEdit* m_pin;
    Keypad* m_keypad;
    QPushButton* m_ok;
    State m_state = State::Welcome;
    int m_triesLeft = 0;
    bool m_largeText = false;
};

} // namespace madoguchi
