#include "ui/credential/ResidenceForm.h"

#include <QFormLayout>

namespace madoguchi {

ResidenceForm::ResidenceForm(CredentialCamera* camera, QWidget* parent) : CredentialForm(parent)
{
    auto* form = new QFormLayout(this);
    m_camera = new CameraRow(camera, CredentialCamera::Document::ResidenceFront, QStringLiteral("residenceCamera"), this);
    form->addRow(m_camera);
    connect(m_camera, &CameraRow::read, this, [this](const SecureBytes& number) {
        m_cardNumber->setText(QString::fromLatin1(number.view().toByteArray()));
        m_camera->markFilled({m_cardNumber});
    });
    m_cardNumber = new CardNumberField(QStringLiteral("cardNumberEdit"), this);
    connect(m_cardNumber, &QLineEdit::textChanged, this, &CredentialForm::changed);
    m_cardNumberLabel = new QLabel(this);
    form->addRow(m_cardNumberLabel, m_cardNumber);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("cardNumberNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("font-size:18pt;"));
    form->addRow(m_note);
}

void ResidenceForm::prepare(const CardProbe&)
{
    clear();
    retranslate();
}

QString ResidenceForm::refusal(const CardReadOutcome::Credential&) const
{
    //: The residence card refused the card number (no retry counter: residence-card.md §B2).
    return tr("The card did not accept this card number. Compare it with the card's front and enter it again.");
}

CardReadRequest ResidenceForm::takeRequest()
{
    CardReadRequest request;
    if (auto number = m_cardNumber->take())
        request.residence.cardNumber = std::move(*number);
    clear();
    return request;
}

bool ResidenceForm::isComplete() const
{
    return m_cardNumber->isComplete();
}

void ResidenceForm::clear()
{
    m_camera->reset();
    m_cardNumber->clear();
    Q_EMIT changed();
}

QString ResidenceForm::title() const
{
    //: Step 3 title for a residence card / special permanent resident certificate.
    return tr("Enter the card number printed on the card");
}

void ResidenceForm::retranslate()
{
    //: Label: the residence card number (在留カード番号).
    m_cardNumberLabel->setText(tr("Card number"));
    //: Accessible name of the card number field.
    m_cardNumber->setAccessibleName(tr("Card number: 2 letters, 8 digits, 2 letters"));
    m_camera->setTexts(tr("Or let the camera read the card number from the card's front."),
                       //: %1 the camera's name.
                       tr("Hold the card's front under %1."),
                       //: What to compare the number the camera read with.
                       tr("compare it with the card's front"));
    //: Residence cards: where the number is printed, and that a wrong one costs no try.
    m_note->setText(tr("12 characters at the top right of the card's front: 2 letters, 8 digits, 2 letters (e.g. AB12345678CD). "
                       "A wrong number is refused by the card; it does not lock the card."));
}

} // namespace madoguchi
