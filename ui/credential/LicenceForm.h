#pragma once

#include "ui/credential/CredentialForm.h"
#include "ui/credential/DigitsField.h"

#include <QLabel>

namespace madoguchi {

// A driver's licence: PIN1 and PIN2, typed by the customer (the photo needs PIN2; drivers-licence.md
// §A3), or nothing when the holder set no PIN (the default PIN opens it, §A2). 本籍 is never read
// here: no purpose's forms need it. At one try left on either PIN nothing can be entered.
class LicenceForm : public CredentialForm
{
    Q_OBJECT

public:
    explicit LicenceForm(QWidget* parent = nullptr);

    void prepare(const CardProbe& probe) override;
    QString refusal(const CardReadOutcome::Credential& credential) const override;
    CardReadRequest takeRequest() override;
    QString title() const override;
    QString triesText() const override;
    QString stopText() const override;
    bool isComplete() const override;
    QLineEdit* firstField() const override;
    void clear() override;
    void retranslate() override;

private:
    bool pinSet() const { return m_probe.pinSet.value_or(true); }
    // The lower of the two counters decides whether entry is allowed at all.
    int fewestTries() const { return std::min(m_probe.triesLeft.value_or(3), m_probe.secondTriesLeft.value_or(3)); }

    CardProbe m_probe;
    DigitsField* m_pin1;
    DigitsField* m_pin2;
    QLabel* m_pin1Label;
    QLabel* m_pin2Label;
    QLabel* m_note;
};

} // namespace madoguchi
