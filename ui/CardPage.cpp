#include "ui/CardPage.h"
#include "ui/Theme.h"

#include <QVBoxLayout>

namespace madoguchi {

CardPage::CardPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("cardPrompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setMinimumHeight(220);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("readerStatus"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("cardBack"));
    Theme::setIcon(m_back, QStringLiteral("back"));
    connect(m_back, &QPushButton::clicked, this, &CardPage::backRequested);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_status);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    // The "place the card" animation: a calm pulse of the prompt's frame.
    m_pulse.setInterval(700);
    connect(&m_pulse, &QTimer::timeout, this, [this] {
        m_bright = !m_bright;
        m_prompt->setStyleSheet(QStringLiteral("border: 6px dashed %1; border-radius: 24px; font-size: 24pt;")
                                    .arg(m_bright ? QStringLiteral("#0B4FA8") : QStringLiteral("#9DB3D6")));
    });
    m_pulse.start();
    retranslate();
}

void CardPage::setStatus(const QString& status)
{
    m_status->setText(status);
}

void CardPage::setMessage(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color:#A00000; font-size:18pt;") : QStringLiteral("font-size:18pt;"));
}

void CardPage::clear()
{
    m_message->clear();
}

void CardPage::retranslate()
{
    //: Step 2 title.
    m_title->setText(tr("Place the card on the reader"));
    //: Inside the animated frame on step 2.
    m_prompt->setText(tr("My Number card · driver's licence\nresidence card · passport"));
    //: Button back to step 1.
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(m_back->text());
}

} // namespace madoguchi
