#include "ui/Keypad.h"

#include "ui/Theme.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace madoguchi {

Keypad::Keypad(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    const auto key = [this](const QString& text) {
        auto* button = new QPushButton(text, this);
        button->setMinimumSize(Theme::kTouchTarget + 24, Theme::kTouchTarget + 8);
        button->setFocusPolicy(Qt::TabFocus);  // a touch keeps the focus in the field being typed
        button->setObjectName(QStringLiteral("key%1").arg(text));
        button->setAccessibleName(text);
        return button;
    };
    for (int digit = 1; digit <= 9; ++digit) {
        QPushButton* b = key(QString::number(digit));
        connect(b, &QPushButton::clicked, this, [this, digit] { type(QString::number(digit)); });
        grid->addWidget(b, (digit - 1) / 3, (digit - 1) % 3);
    }
    QPushButton* zero = key(QStringLiteral("0"));
    connect(zero, &QPushButton::clicked, this, [this] { type(QStringLiteral("0")); });
    m_clear = key(QString());
    m_clear->setObjectName(QStringLiteral("keyClear"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->clear();
    });
    m_back = key(QString());
    m_back->setObjectName(QStringLiteral("keyBack"));
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->backspace();
    });
    grid->addWidget(m_clear, 3, 0);
    grid->addWidget(zero, 3, 1);
    grid->addWidget(m_back, 3, 2);
    retranslate();
}

void Keypad::type(const QString& digit)
{
    // As a key press, so that the field reacts as to the physical keyboard (validators, auto-advance).
    if (!m_target)
        return;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + digit.toInt(), Qt::NoModifier, digit);
    QCoreApplication::sendEvent(m_target, &press);
}

void Keypad::retranslate()
{
    //: Keypad key that empties the field.
    setLabels(tr("Clear"),
              //: Keypad key that deletes the last digit.
              tr("Delete"));
}

void Keypad::setLabels(const QString& clear, const QString& back)
{
    m_clear->setText(clear);
    m_clear->setAccessibleName(clear);
    m_back->setText(back);
    m_back->setAccessibleName(back);
}

} // namespace madoguchi
