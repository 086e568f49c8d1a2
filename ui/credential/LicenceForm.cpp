#include "ui/credential/LicenceForm.h"

#include <QFormLayout>

namespace madoguchi {

LicenceForm::LicenceForm(QWidget* parent) : CredentialForm(parent)
{
    auto* form = new QFormLayout(this);
    m_pin1 = DigitsField::secret(QStringLiteral("pin1Edit"), this);
    m_pin2 = DigitsField::secret(QStringLiteral("pin2Edit"), this);
    m_pin1Label = new QLabel(this);
    m_pin2Label = new QLabel(this);
    form->addRow(m_pin1Label, m_pin1);
    form->addRow(m_pin2Label, m_pin2);
    connect(m_pin1, &QLineEdit::textEdited, this, [this] {
        if (m_pin1->isFull())
            Q_EMIT advanced(m_pin2);
    });
    for (DigitsField* field : {m_pin1, m_pin2})
        connect(field, &QLineEdit::textChanged, this, &CredentialForm::changed);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("licenceNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("font-size:18pt;"));
    form->addRow(m_note);
}

void LicenceForm::prepare(const CardProbe& probe)
{
    m_probe = probe;
    clear();
    // A licence without PINs (the default PIN opens it) has nothing to type.
    for (QWidget* w : std::initializer_list<QWidget*>{m_pin1, m_pin2, m_pin1Label, m_pin2Label})
        w->setVisible(pinSet());
    retranslate();
}

QString LicenceForm::refusal(const CardReadOutcome::Credential& credential) const
{
    if (*credential.status != SafeVerify::Status::Rejected)
        return {};
    const bool second = credential.key == QLatin1String("pin2");
    //: A licence PIN was refused; %1 is PIN1 or PIN2, %2 the tries it has left.
    return tr("The licence did not accept %1. Tries left: %2. Check the entry with the customer.")
        //: Label: the licence PIN 1 (暗証番号1), 4 digits.
        .arg(second ? tr("PIN2") : tr("PIN1"))
        .arg((second ? credential.secondTriesLeft : credential.triesLeft).value_or(0));
}

CardReadRequest LicenceForm::takeRequest()
{
    CardReadRequest request;
    request.licence.access = LicenceReader::Request::Access::Pin1AndPin2;
    request.licence.pin1 = SecureBytes(m_pin1->text().toLatin1());
    request.licence.pin2 = SecureBytes(m_pin2->text().toLatin1());
    clear();
    return request;
}

bool LicenceForm::isComplete() const
{
    return !pinSet() || (m_pin1->isFull() && m_pin2->isFull());
}

QLineEdit* LicenceForm::firstField() const
{
    return pinSet() ? m_pin1 : nullptr;
}

void LicenceForm::clear()
{
    m_pin1->clear();
    m_pin2->clear();
    Q_EMIT changed();
}

QString LicenceForm::title() const
{
    //: Step 3 title for a driver's licence (with PINs set / without).
    return pinSet() ? tr("The customer enters the licence's PIN1 and PIN2") : tr("This licence needs no PIN");
}

QString LicenceForm::triesText() const
{
    if (!m_probe.triesLeft || !m_probe.secondTriesLeft)
        return {};
    //: Shown before any entry: the tries each licence PIN has left.
    return tr("Tries left on the card: PIN1 %1, PIN2 %2").arg(*m_probe.triesLeft).arg(*m_probe.secondTriesLeft);
}

QString LicenceForm::stopText() const
{
    if (fewestTries() > 1)
        return {};
    //: A licence PIN is reset only by the police (drivers-licence.md §A3).
    return fewestTries() == 0
               ? tr("A PIN of this licence is blocked. It can be reset only at a driver's licence centre or police station.")
               : tr("Only one try is left on a PIN: a wrong entry would block the licence. Do not enter it here; "
                    "the customer can reset it at a driver's licence centre or police station.");
}

void LicenceForm::retranslate()
{
    m_pin1Label->setText(tr("PIN1"));
    m_pin2Label->setText(tr("PIN2"));
    //: Accessible name.
    m_pin1->setAccessibleName(tr("PIN1, 4 digits"));
    //: Accessible name: PIN2 opens the photo.
    m_pin2->setAccessibleName(tr("PIN2, 4 digits (for the photo)"));
    m_note->setText(!pinSet()
                        //: The licence holder never set PINs: the default PIN opens it (drivers-licence.md §A2).
                        ? tr("The holder set no PIN on this licence: it opens with the default PIN. Press \u201c%1\u201d.")
                              //: Button that sends the credential and reads the card.
                              .arg(tr("Read the card"))
                        //: Note under the licence PIN fields.
                        : tr("PIN2 opens the photo, which the signature covers. Each PIN has 3 tries."));
    Q_EMIT changed();
}

} // namespace madoguchi
