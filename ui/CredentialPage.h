#pragma once

#include "core/cards/mynumber/MyNumberReader.h"
#include "ui/Keypad.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QWidget>

#include <optional>

namespace madoguchi {

// Step 3 for a My Number card: the 4-digit PIN (個人番号利用事務 only) or 照合番号B built from the
// birth date (和暦 or 西暦, as the card prints it), the expiry year and the security code, with the
// 14 digits shown for checking. Tries left are shown before entry; at one try left nothing can be
// entered and the customer is sent to the municipal office.
class CredentialPage : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialPage(QWidget* parent = nullptr);

    // `pinPad`: the customer types the PIN on the reader's own keypad, nothing is entered here.
    void prepare(MyNumberReader::Request::Route route, std::optional<int> triesLeft, const QString& problem = {}, bool pinPad = false);
    MyNumberReader::Request::Route route() const { return m_route; }
    bool usesPinPad() const { return m_pinPad; }
    // The credential typed, moved out (the fields are emptied).
    SecureBytes takeSecret();
    void clear();
    void retranslate();

Q_SIGNALS:
    void submitted();
    void backRequested();

private:
    void update();
    std::optional<SecureBytes> collationB() const;
    QLineEdit* digitsField(const QString& name, int length);

    MyNumberReader::Request::Route m_route = MyNumberReader::Request::Route::CollationB;
    std::optional<int> m_triesLeft;
    bool m_pinPad = false;
    QLabel* m_title;
    QLabel* m_pinPadNote;
    QLabel* m_tries;
    QLabel* m_problem;
    QStackedWidget* m_modes;
    QLineEdit* m_pin;
    QComboBox* m_era;
    QLineEdit* m_year;
    QLineEdit* m_month;
    QLineEdit* m_day;
    QLineEdit* m_expiry;
    QLineEdit* m_code;
    QLabel* m_preview;
    QLabel* m_pinLabel;
    QLabel* m_birthLabel;
    QLabel* m_expiryLabel;
    QLabel* m_codeLabel;
    QLabel* m_stop;
    Keypad* m_keypad;
    QPushButton* m_read;
    QPushButton* m_back;
};

} // namespace madoguchi
