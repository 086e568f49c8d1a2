#include "ui/CustomerPinWindow.h"

#include "ui/Theme.h"

#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace madoguchi {

CustomerPinWindow::CustomerPinWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("customerPinWindow"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_tries = new QLabel(this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("customerPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(4);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_pin));
    m_keypad = new Keypad(this);
    m_keypad->setTarget(m_pin);
    m_ok = new QPushButton(this);
    m_ok->setObjectName(QStringLiteral("customerOk"));
    m_ok->setStyleSheet(QStringLiteral("background:#0B4FA8; color:white;"));
    Theme::setIcon(m_ok, QStringLiteral("finish"));
    connect(m_pin, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(m_pin->text().size() == 4); });
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (m_pin->text().size() == 4)
            Q_EMIT entered();
    });
    layout->addWidget(m_title);
    layout->addWidget(m_tries);
    layout->addWidget(m_pin);
    layout->addWidget(m_keypad, 1);
    layout->addWidget(m_ok);
    clear();
    retranslate();
}

void CustomerPinWindow::ask(int triesLeft)
{
    clear();
    m_triesLeft = triesLeft;
    retranslate();
    show();
    m_pin->setFocus();
}

SecureBytes CustomerPinWindow::takePin()
{
    SecureBytes pin(m_pin->text().toLatin1());
    clear();
    return pin;
}

void CustomerPinWindow::clear()
{
    m_pin->clear();
    m_ok->setEnabled(false);
}

void CustomerPinWindow::retranslate()
{
    //: On the customer's screen.
    m_title->setText(tr("Please enter your 4-digit PIN"));
    //: On the customer's screen; %1 tries are left before the card locks.
    m_tries->setText(tr("Tries left: %1").arg(m_triesLeft));
    //: Accessible name of the PIN field on the customer's screen.
    m_pin->setAccessibleName(tr("PIN, 4 digits"));
    m_keypad->retranslate();
    //: Button on the customer's screen: the PIN is entered.
    m_ok->setText(tr("OK"));
    m_ok->setAccessibleName(m_ok->text());
}

} // namespace madoguchi
