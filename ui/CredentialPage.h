#pragma once

#include "core/cards/mynumber/MyNumberReader.h"
#include "core/cards/passport/PassportReader.h"
#include "ui/Keypad.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QWidget>

#include <optional>

namespace madoguchi {

// Step 3. For a My Number card: the 4-digit PIN (個人番号利用事務 only) or 照合番号B built from the
// birth date (和暦 or 西暦, as the card prints it), the expiry year and the security code, with the
// 14 digits shown for checking. For a driver's licence: PIN1 and PIN2 (the photo needs PIN2), or
// nothing when the holder set no PIN. Tries left are shown before entry; at one try left nothing can
// be entered and the customer is sent to where the card is reset.
class CredentialPage : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialPage(QWidget* parent = nullptr);

    // `pinPad`: the customer types the PIN on the reader's own keypad, nothing is entered here.
    void prepare(MyNumberReader::Request::Route route, std::optional<int> triesLeft, const QString& problem = {}, bool pinPad = false);
    struct LicenceState
    {
        std::optional<int> pin1TriesLeft;
        std::optional<int> pin2TriesLeft;
        bool pinSet = true;  // false: the default PIN is used, nothing to enter
    };
    void prepareLicence(const LicenceState& state, const QString& problem = {});
    bool isLicence() const { return m_licence.has_value(); }
    // A residence card: the 12-character card number printed on it (residence-card.md §B2).
    void prepareResidence(const QString& problem = {});
    bool isResidence() const { return m_modes->currentIndex() == ResidenceMode; }
    // The card number as typed, normalised and moved out (the field is emptied); empty when invalid.
    SecureBytes takeCardNumber();
    // A passport: the MRZ lines from a scanner, or document number, birth date and expiry date, or
    // the CAN (passport.md §1, §3). No retry counter: a refusal asks again.
    void preparePassport(const QString& problem = {});
    bool isPassport() const { return m_modes->currentIndex() == PassportMode; }
    // The MRZ key and / or CAN as entered, moved out (the fields are emptied).
    PassportReader::Request takePassportRequest();
    // PIN1 and PIN2 as typed, moved out (the fields are emptied); empty when none was needed.
    std::pair<SecureBytes, SecureBytes> takeLicencePins();

    MyNumberReader::Request::Route route() const { return m_route; }
    bool usesPinPad() const { return m_pinPad; }
    // The credential typed, moved out (the fields are emptied).
    SecureBytes takeSecret();
    void clear();
    void retranslate();

Q_SIGNALS:
    void submitted();
    void backRequested();

private:
    // The pages of m_modes, in the order they are added: which one is current says what is asked.
    enum Mode
    {
        PinMode,
        CollationBMode,
        LicenceMode,
        ResidenceMode,
        PassportMode,
    };

    void update();
    std::optional<SecureBytes> collationB() const;
    QLineEdit* digitsField(const QString& name, int length);
    std::optional<MrzKey> passportKey() const;

    MyNumberReader::Request::Route m_route = MyNumberReader::Request::Route::CollationB;
    std::optional<int> m_triesLeft;
    std::optional<LicenceState> m_licence;  // set for a driver's licence
    bool m_pinPad = false;
    QLabel* m_title;
    QLabel* m_pinPadNote;
    QLabel* m_tries;
    QLabel* m_problem;
    QStackedWidget* m_modes;
    QLineEdit* m_pin;
    QLineEdit* m_pin1;
    QLineEdit* m_pin2;
    QLabel* m_pin1Label;
    QLabel* m_pin2Label;
    QLabel* m_licenceNote;
    QLineEdit* m_cardNumber;
    QLabel* m_cardNumberLabel;
    QLabel* m_cardNumberNote;
    QPlainTextEdit* m_mrzLines;
    QLineEdit* m_documentNumber;
    QLineEdit* m_passportBirth;
    QLineEdit* m_passportExpiry;
    QLineEdit* m_can;
    QLabel* m_mrzLinesLabel;
    QLabel* m_documentNumberLabel;
    QLabel* m_passportBirthLabel;
    QLabel* m_passportExpiryLabel;
    QLabel* m_canLabel;
    QLabel* m_passportNote;
    QComboBox* m_era;
    QLineEdit* m_year;
    QLineEdit* m_month;
    QLineEdit* m_day;
    QLineEdit* m_expiry;
    QLineEdit* m_code;
    QLabel* m_preview;
    QLabel* m_pinLabel;
    QLabel* m_birthLabel;
    QLabel* m_expiryLabel;
    QLabel* m_codeLabel;
    QLabel* m_stop;
    Keypad* m_keypad;
    QPushButton* m_read;
    QPushButton* m_back;
};

} // namespace madoguchi
