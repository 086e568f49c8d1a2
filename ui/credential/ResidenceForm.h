#pragma once

#include "ui/credential/CardNumberField.h"
#include "ui/credential/CredentialForm.h"

#include <QLabel>

namespace madoguchi {

// A residence card or special permanent resident certificate: the 12-character card number
// printed on it (residence-card.md §B2). No retry counter: a refusal asks again.
class ResidenceForm : public CredentialForm
{
    Q_OBJECT

public:
    explicit ResidenceForm(QWidget* parent = nullptr);

    void prepare(const CardProbe& probe) override;
    QString refusal(const CardReadOutcome::Credential& credential) const override;
    CardReadRequest takeRequest() override;
    QString title() const override;
    bool isComplete() const override;
    QLineEdit* firstField() const override { return m_cardNumber; }
    void clear() override;
    void retranslate() override;

private:
    CardNumberField* m_cardNumber;
    QLabel* m_cardNumberLabel;
    QLabel* m_note;
};

} // namespace madoguchi
