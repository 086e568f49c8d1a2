#pragma once

#include "core/audit/StaffConfirmation.h"
#include "core/cards/DocumentType.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace madoguchi {

// Staff's own look at the customer and the card before printing (目視確認), one touch per question:
// does the photo show the person at the counter; does the card's face say what the chip says. Each
// answer is 相違なし, 相違あり (with a reason from a list, or typed) or 確認できず. Anything but two
// 相違なし offers printing the application forms only with a reason. On the staff screen only.
class ConfirmationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConfirmationPanel(QWidget* parent = nullptr);

    // Unanswered, the face question worded for `document` (residence cards: the chip-only items too).
    void start(DocumentType document);
    StaffConfirmation confirmation() const;
    void clear();
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    struct Question
    {
        QLabel* label;
        QButtonGroup* answers;
        QComboBox* reason;
    };
    Question addQuestion(const QString& name);
    static StaffConfirmation::Answer answerOf(const Question& question);
    void update();

    DocumentType m_document = DocumentType::Unknown;
    Question m_photo;
    Question m_face;
    QCheckBox* m_override;
    QLineEdit* m_overrideReason;
};

} // namespace madoguchi
