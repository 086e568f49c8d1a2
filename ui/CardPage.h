#pragma once

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace madoguchi {

// Step 2: place the card. The reader status, a pulsing prompt, the card found, and what to do when
// something is wrong (pcscd not running, no reader, unsupported card, card mute).
class CardPage : public QWidget
{
    Q_OBJECT

public:
    explicit CardPage(QWidget* parent = nullptr);
    void setStatus(const QString& status);
    void setMessage(const QString& message, bool problem);
    void clear();
    void retranslate();

Q_SIGNALS:
    void backRequested();

private:
    QLabel* m_title;
    QLabel* m_prompt;
    QLabel* m_status;
    QLabel* m_message;
    QPushButton* m_back;
    QTimer m_pulse;
    bool m_bright = false;
};

} // namespace madoguchi
