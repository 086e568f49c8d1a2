#pragma once

#include "ui/credential/CameraRow.h"
#include "ui/credential/CardNumberField.h"
#include "ui/credential/CredentialForm.h"
#include "ui/credential/DigitsField.h"

#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>

#include <optional>

namespace madoguchi {

class CustomerScreen;

// A My Number card (and a マイナ免許証): the 4-digit PIN (個人番号利用事務 only) typed by the
// customer — on the reader's keypad, else on their own screen, else here — or 照合番号B built from
// the birth date (和暦 or 西暦, as the card prints it), the expiry year and the security code — typed,
// or read off the card's front by the counter's camera (CameraRow) and highlighted for staff to
// check — with the 14 digits shown for checking. On a マイナ免許証 also the licence PIN (drivers-licence.md §A6),
// unless its holder set none; at one try left it is not asked and the licence is not opened. On a
// 07/08 card also the residence card number printed on it, which opens the 在留 AP
// (residence-card-0708.md); left empty, only the identity is read.
class MyNumberForm : public CredentialForm
{
    Q_OBJECT

public:
    // `customer`: the window on the customer's screen, or nullptr when there is none; `camera`:
    // reads 照合番号B's values off the card's front, or nullptr.
    MyNumberForm(CustomerScreen* customer, CredentialCamera* camera, QWidget* parent = nullptr);

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
    using Route = MyNumberReader::Request::Route;

    std::optional<SecureBytes> collationB() const;
    bool readsLicence() const;
    bool isSpecifiedResidence() const;
    void update();
    void fillFromCamera(const SecureBytes& value);

    CardProbe m_probe;
    CustomerScreen* m_customer;
    SecureBytes m_customerPin;  // as the customer typed it on their screen
    QStackedWidget* m_routes;
    DigitsField* m_pin;
    QLabel* m_pinLabel;
    QLabel* m_pinPadNote;
    CameraRow* m_camera;
    QComboBox* m_era;
    DigitsField* m_year;
    DigitsField* m_month;
    DigitsField* m_day;
    DigitsField* m_expiry;
    DigitsField* m_code;
    QLabel* m_preview;
    QLabel* m_birthLabel;
    QLabel* m_expiryLabel;
    QLabel* m_codeLabel;
    QWidget* m_licence;
    DigitsField* m_licencePin;
    QLabel* m_licencePinLabel;
    QLabel* m_licenceNote;
    QWidget* m_residence;
    CardNumberField* m_cardNumber;
    QLabel* m_cardNumberLabel;
    QLabel* m_residenceNote;
};

} // namespace madoguchi
