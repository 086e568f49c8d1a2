#pragma once

#include "ui/credential/CameraRow.h"
#include "ui/credential/CardNumberField.h"
#include "ui/credential/CredentialForm.h"

#include <QLabel>

namespace madoguchi {

// A residence card or special permanent resident certificate: the 12-character card number
// printed on it (residence-card.md §B2), typed or read off the card's front by the counter's camera
// (CameraRow) and highlighted for staff to check. No retry counter: a refusal asks again.
class ResidenceForm : public CredentialForm
{
    Q_OBJECT

public:
    // `camera`: null when the counter has none.
    explicit ResidenceForm(CredentialCamera* camera, QWidget* parent = nullptr);

    void prepare(const CardProbe& probe) override;
    QString refusal(const CardReadOutcome::Credential& credential) const override;
    CardReadRequest takeRequest() override;
    QString title() const override;
    bool isComplete() const override;
    QLineEdit* firstField() const override { return m_cardNumber; }
    void clear() override;
    void retranslate() override;

private:
    CameraRow* m_camera;
    CardNumberField* m_cardNumber;
    QLabel* m_cardNumberLabel;
    QLabel* m_note;
};

} // namespace madoguchi
