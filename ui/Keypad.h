#pragma once

#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// A large on-screen numeric keypad that types into a line edit (the physical keyboard works too).
// Its keys take the focus from Tab, not from a touch: a touch leaves the focus in the field, and a
// keyboard alone reaches every key.
class Keypad : public QWidget
{
    Q_OBJECT

public:
    explicit Keypad(QWidget* parent = nullptr);
    void setTarget(QLineEdit* target) { m_target = target; }
    // The staff screen's words for Clear and Delete (its translator).
    void retranslate();
    // Words from elsewhere: the customer's screen speaks the customer's language.
    void setLabels(const QString& clear, const QString& back);

private:
    void type(const QString& digit);

    QLineEdit* m_target = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace madoguchi
