#include "ui/ConfirmationPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>

namespace madoguchi {
namespace {

using Answer = StaffConfirmation::Answer;

// The buttons' ids in each group are the answers.
constexpr Answer kAnswers[] = {Answer::Match, Answer::Mismatch, Answer::NotPossible};

} // namespace

ConfirmationPanel::ConfirmationPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("confirmationPanel"));
    // The chosen answer stands out: one look tells what staff confirmed.
    setStyleSheet(QStringLiteral("QPushButton:checked { background:#0B4FA8; color:white; font-weight:bold; }"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_photo = addQuestion(QStringLiteral("Photo"));
    m_face = addQuestion(QStringLiteral("Face"));
    int row = 0;
    for (const Question* q : {&m_photo, &m_face}) {
        grid->addWidget(q->label, row, 0);
        int column = 1;
        for (QAbstractButton* button : q->answers->buttons())
            grid->addWidget(button, row, column++);
        grid->addWidget(q->reason, row, column);
        ++row;
    }
    m_override = new QCheckBox(this);
    m_override->setObjectName(QStringLiteral("confirmOverride"));
    m_overrideReason = new QLineEdit(this);
    m_overrideReason->setObjectName(QStringLiteral("confirmOverrideReason"));
    m_overrideReason->setMaxLength(80);
    grid->addWidget(m_override, row, 0, 1, 2);
    grid->addWidget(m_overrideReason, row, 2, 1, 3);
    grid->setColumnStretch(4, 1);
    connect(m_override, &QCheckBox::toggled, this, &ConfirmationPanel::update);
    connect(m_overrideReason, &QLineEdit::textChanged, this, &ConfirmationPanel::update);
    clear();
    retranslate();
}

ConfirmationPanel::Question ConfirmationPanel::addQuestion(const QString& name)
{
    Question q{new QLabel(this), new QButtonGroup(this), new QComboBox(this)};
    q.label->setStyleSheet(QStringLiteral("font-size:13pt;"));
    q.label->setWordWrap(true);
    for (const Answer answer : kAnswers) {
        auto* button = new QPushButton(this);
        button->setCheckable(true);
        button->setMinimumHeight(40);
        static const char* const kNames[] = {"", "Match", "Mismatch", "NotPossible"};
        button->setObjectName(QStringLiteral("confirm%1%2").arg(name, QLatin1String(kNames[int(answer)])));
        q.answers->addButton(button, int(answer));
    }
    q.reason->setObjectName(QStringLiteral("confirm%1Reason").arg(name));
    q.reason->setEditable(true);  // a reason from the list, or typed
    q.reason->setMinimumContentsLength(16);
    connect(q.answers, &QButtonGroup::idClicked, this, &ConfirmationPanel::update);
    connect(q.reason, &QComboBox::currentTextChanged, this, &ConfirmationPanel::update);
    return q;
}

StaffConfirmation::Answer ConfirmationPanel::answerOf(const Question& question)
{
    const int id = question.answers->checkedId();
    return id < 0 ? Answer::Unanswered : Answer(id);
}

void ConfirmationPanel::start(DocumentType document)
{
    m_document = document;
    clear();
    retranslate();
}

StaffConfirmation ConfirmationPanel::confirmation() const
{
    StaffConfirmation c;
    c.photo = answerOf(m_photo);
    c.face = answerOf(m_face);
    if (c.photo != Answer::Match)
        c.photoReason = m_photo.reason->currentText();
    if (c.face != Answer::Match)
        c.faceReason = m_face.reason->currentText();
    if (m_override->isChecked())
        c.overrideReason = m_overrideReason->text();
    return c;
}

void ConfirmationPanel::clear()
{
    for (const Question* q : {&m_photo, &m_face}) {
        q->answers->setExclusive(false);
        for (QAbstractButton* button : q->answers->buttons())
            button->setChecked(false);
        q->answers->setExclusive(true);
        q->reason->setCurrentIndex(-1);
        q->reason->clearEditText();
    }
    m_override->setChecked(false);
    m_overrideReason->clear();
    update();
}

void ConfirmationPanel::update()
{
    const StaffConfirmation c = confirmation();
    m_photo.reason->setVisible(c.photo == Answer::Mismatch || c.photo == Answer::NotPossible);
    m_face.reason->setVisible(c.face == Answer::Mismatch || c.face == Answer::NotPossible);
    const bool doubt = c.isComplete() && !(c.photo == Answer::Match && c.face == Answer::Match);
    m_override->setVisible(doubt);
    m_overrideReason->setVisible(doubt && m_override->isChecked());
    Q_EMIT changed();
}

void ConfirmationPanel::retranslate()
{
    const bool residence = m_document == DocumentType::Residence || m_document == DocumentType::SpecifiedResidence
                           || m_document == DocumentType::SpecifiedPermanentResident;
    //: Staff confirmation (目視確認): the chip's photo shows the person at the counter.
    m_photo.label->setText(tr("Photo shows the person here"));
    m_face.label->setText(residence
                              //: Staff confirmation: the card's face matches the chip, residence cards (chip-only items included).
                              ? tr("Card face matches the chip (name, birth date, residence items)")
                              //: Staff confirmation: the card's face matches what the chip shows.
                              : tr("Card face matches the chip (name, birth date)"));
    const QString answers[] = {tr("No difference"), tr("Different"), tr("Cannot check")};
    for (const Question* q : {&m_photo, &m_face}) {
        for (int i = 0; i < 3; ++i) {
            QAbstractButton* button = q->answers->button(int(kAnswers[i]));
            button->setText(answers[i]);
            button->setAccessibleName(q->label->text() + QStringLiteral(": ") + answers[i]);
        }
        const QString typed = q->reason->currentText();
        q->reason->clear();
        q->reason->addItems(q == &m_photo ? QStringList{tr("Looks like another person"), tr("Photo unclear on the chip"), tr("Face covered")}
                                          : QStringList{tr("Name differs"), tr("Birth date differs"), tr("Residence items differ"),
                                                        tr("Card face damaged or unreadable")});
        q->reason->setCurrentIndex(-1);
        q->reason->setEditText(typed);
        //: Placeholder: a reason for 相違あり / 確認できず, chosen or typed.
        q->reason->lineEdit()->setPlaceholderText(tr("Reason"));
    }
    //: Offered after 相違あり or 確認できず: print the application forms as well, with a reason.
    m_override->setText(tr("Print the application forms anyway, because:"));
    m_overrideReason->setAccessibleName(m_override->text());
}

} // namespace madoguchi
