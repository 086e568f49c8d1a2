#pragma once

#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// A large on-screen numeric keypad that types into a line edit (the physical keyboard works too).
class Keypad : public QWidget
{
    Q_OBJECT

public:
    explicit Keypad(QWidget* parent = nullptr);
    void setTarget(QLineEdit* target) { m_target = target; }
    void retranslate();

private:
    void type(const QString& digit);

    QLineEdit* m_target = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace madoguchi
