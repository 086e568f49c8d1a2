#include "ui/CredentialPage.h"

#include "ui/Theme.h"
#include "ui/credential/LicenceForm.h"
#include "ui/credential/MyNumberForm.h"
#include "ui/credential/PassportForm.h"
#include "ui/credential/ResidenceForm.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace madoguchi {

CredentialPage::CredentialPage(CustomerScreen* customer, CredentialCamera* camera, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_tries = new QLabel(this);
    m_tries->setObjectName(QStringLiteral("triesLeft"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("credentialProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#A00000; font-size:18pt;"));
    m_stop = new QLabel(this);
    m_stop->setObjectName(QStringLiteral("lastTryStop"));
    m_stop->setWordWrap(true);
    m_stop->setStyleSheet(QStringLiteral("background:#FFF3CD; border:3px solid #A06000; padding:16px; font-size:20pt;"));
    layout->addWidget(m_title);
    layout->addWidget(m_tries);
    layout->addWidget(m_problem);
    layout->addWidget(m_stop);

    auto* row = new QHBoxLayout;
    m_stack = new QStackedWidget(this);
    // The form for each document; a new card kind adds its form here.
    auto* myNumber = new MyNumberForm(customer, camera, m_stack);  // also asks a マイナ免許証's licence PIN
    auto* licence = new LicenceForm(m_stack);
    auto* residence = new ResidenceForm(camera, m_stack);
    auto* passport = new PassportForm(camera, m_stack);
    m_forms = {{DocumentType::MyNumber, myNumber},
               {DocumentType::MyNumberLicence, myNumber},
               {DocumentType::Licence, licence},
               {DocumentType::Residence, residence},
               {DocumentType::SpecifiedResidence, myNumber},  // 07/08: My Number cards, read with their routes
               {DocumentType::SpecifiedPermanentResident, myNumber},
               {DocumentType::Passport, passport}};
    for (CredentialForm* form : std::initializer_list<CredentialForm*>{myNumber, licence, residence, passport}) {
        m_stack->addWidget(form);
        connect(form, &CredentialForm::changed, this, &CredentialPage::update);
        connect(form, &CredentialForm::submitted, this, &CredentialPage::submitted);
        connect(form, &CredentialForm::advanced, this, [this](QLineEdit* next) {
            m_keypad->setTarget(next);  // also when the window is not the active one
            next->setFocus();
        });
    }
    row->addWidget(m_stack, 2);
    m_keypad = new Keypad(this);
    row->addWidget(m_keypad, 1);
    layout->addLayout(row);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("credentialBack"));
    Theme::setIcon(m_back, QStringLiteral("back"));
    m_read = new QPushButton(this);
    m_read->setObjectName(QStringLiteral("readButton"));
    Theme::setIcon(m_read, QStringLiteral("read"));
    m_read->setProperty("primary", true);
    m_read->setStyleSheet(QStringLiteral("background:#0B4FA8; color:white;"));
    connect(m_back, &QPushButton::clicked, this, &CredentialPage::backRequested);
    connect(m_read, &QPushButton::clicked, this, [this] {
        if (m_read->isEnabled())
            Q_EMIT submitted();
    });
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_read);
    layout->addLayout(buttons);
    // The keypad types into whichever field has the focus.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (auto* edit = qobject_cast<QLineEdit*>(now); edit && isAncestorOf(edit))
            m_keypad->setTarget(edit);
    });
    retranslate();
}

CredentialForm* CredentialPage::form() const
{
    return m_forms.value(m_probe.document(), m_forms.value(DocumentType::MyNumber));
}

void CredentialPage::prepare(const CardProbe& probe, const QString& problem)
{
    m_probe = probe;
    CredentialForm* current = form();
    m_stack->setCurrentWidget(current);
    current->prepare(probe);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_keypad->setTarget(current->firstField());
    if (QWidget* focus = current->focusField())
        focus->setFocus();
    retranslate();
}

void CredentialPage::refused(const CardReadOutcome::Credential& credential)
{
    CardProbe probe = m_probe;
    if (credential.triesLeft)
        probe.triesLeft = credential.triesLeft;
    if (credential.secondTriesLeft)
        probe.secondTriesLeft = credential.secondTriesLeft;
    prepare(probe, form()->refusal(credential));
}

CardReadRequest CredentialPage::takeRequest()
{
    return form()->takeRequest();
}

void CredentialPage::update()
{
    const CredentialForm* current = form();
    const QString stop = current->stopText();
    const bool stopped = !stop.isEmpty();
    m_stop->setText(stop);
    m_stop->setVisible(stopped);
    m_stack->setEnabled(!stopped);
    m_keypad->setEnabled(!stopped);
    m_keypad->setVisible(current->firstField() != nullptr);
    m_read->setEnabled(current->isComplete() && !stopped);
}

void CredentialPage::clear()
{
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<CredentialForm*>(m_stack->widget(i))->clear();
    m_problem->clear();
    update();
}

void CredentialPage::retranslate()
{
    CredentialForm* current = form();
    current->retranslate();
    m_title->setText(current->title());
    m_tries->setText(current->triesText());
    m_keypad->retranslate();
    //: Button that sends the credential and reads the card.
    m_read->setText(tr("Read the card"));
    m_read->setAccessibleName(m_read->text());
    //: Button: leave the credential step (ends the visit).
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(m_back->text());
    update();
}

} // namespace madoguchi
