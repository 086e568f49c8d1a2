#pragma once

#include "core/crypto/SecureBytes.h"
#include "ui/Keypad.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// The PIN is the customer's, not the staff's: on a second screen facing the customer, a masked
// field and a keypad. The staff screen never shows the digits.
class CustomerPinWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPinWindow(QWidget* parent = nullptr);

    void ask(int triesLeft);
    SecureBytes takePin();
    void clear();
    void retranslate();

Q_SIGNALS:
    void entered();

private:
    QLabel* m_title;
    QLabel* m_tries;
    QLineEdit* m_pin;
    Keypad* m_keypad;
    QPushButton* m_ok;
    int m_triesLeft = 0;
};

} // namespace madoguchi
