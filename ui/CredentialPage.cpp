#include "ui/CredentialPage.h"

#include "core/cards/mynumber/CollationNumberB.h"
#include "core/cards/residence/ResidenceCardNumber.h"
#include "core/cards/passport/MrzKey.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace madoguchi {
namespace {

using Route = MyNumberReader::Request::Route;

// First Gregorian year of each era, minus one (year 1 of 昭和 is 1926): WarekiDate's table.
int gregorianYear(int eraIndex, int year)
{
    static const int base[] = {1925, 1988, 2018, 0};  // 昭和, 平成, 令和, 西暦
    return base[eraIndex] + year;
}

} // namespace

QLineEdit* CredentialPage::digitsField(const QString& name, int length)
{
    auto* field = new QLineEdit(this);
    field->setObjectName(name);
    field->setMaxLength(length);
    field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(length)), field));
    field->setInputMethodHints(Qt::ImhDigitsOnly);
    connect(field, &QLineEdit::textChanged, this, &CredentialPage::update);
    return field;
}

CredentialPage::CredentialPage(QWidget* parent) : QWidget(parent)
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
    m_modes = new QStackedWidget(this);
    // PIN
    auto* pinPage = new QWidget(m_modes);
    auto* pinForm = new QFormLayout(pinPage);
    m_pin = digitsField(QStringLiteral("pinEdit"), 4);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinLabel = new QLabel(pinPage);
    pinForm->addRow(m_pinLabel, m_pin);
    m_pinPadNote = new QLabel(pinPage);
    m_pinPadNote->setObjectName(QStringLiteral("pinPadNote"));
    m_pinPadNote->setWordWrap(true);
    m_pinPadNote->setStyleSheet(QStringLiteral("font-size:20pt;"));
    pinForm->addRow(m_pinPadNote);
    m_modes->addWidget(pinPage);
    // 照合番号B
    auto* bPage = new QWidget(m_modes);
    auto* bForm = new QFormLayout(bPage);
    auto* birth = new QHBoxLayout;
    m_era = new QComboBox(bPage);
    m_era->setObjectName(QStringLiteral("eraCombo"));
    m_era->addItems({QStringLiteral("昭和"), QStringLiteral("平成"), QStringLiteral("令和"), QStringLiteral("西暦")});
    connect(m_era, &QComboBox::currentIndexChanged, this, [this](int era) {
        m_year->setMaxLength(era == 3 ? 4 : 2);  // 西暦 YYYY, an era's year YY
        update();
    });
    m_year = digitsField(QStringLiteral("birthYear"), 2);
    m_month = digitsField(QStringLiteral("birthMonth"), 2);
    m_month->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("0?[1-9]?|1[0-2]")), m_month));
    m_day = digitsField(QStringLiteral("birthDay"), 2);
    birth->addWidget(m_era);
    birth->addWidget(m_year);
    birth->addWidget(new QLabel(QStringLiteral("/"), bPage));
    birth->addWidget(m_month);
    birth->addWidget(new QLabel(QStringLiteral("/"), bPage));
    birth->addWidget(m_day);
    m_birthLabel = new QLabel(bPage);
    bForm->addRow(m_birthLabel, birth);
    m_expiry = digitsField(QStringLiteral("expiryYear"), 4);
    m_expiryLabel = new QLabel(bPage);
    bForm->addRow(m_expiryLabel, m_expiry);
    m_code = digitsField(QStringLiteral("securityCode"), 4);
    m_codeLabel = new QLabel(bPage);
    bForm->addRow(m_codeLabel, m_code);
    // A complete field hands the focus (and the keypad) to the next: no extra touches.
    const QList<QLineEdit*> chain{m_year, m_month, m_day, m_expiry, m_code};
    for (int i = 0; i + 1 < chain.size(); ++i)
        connect(chain[i], &QLineEdit::textEdited, this, [this, field = chain[i], next = chain[i + 1]] {
            if (field->text().size() == field->maxLength()) {
                m_keypad->setTarget(next);  // also when the window is not the active one
                next->setFocus();
            }
        });
    m_preview = new QLabel(bPage);
    m_preview->setObjectName(QStringLiteral("collationPreview"));
    m_preview->setStyleSheet(QStringLiteral("font-size:28pt; font-family:monospace; letter-spacing:4px;"));
    bForm->addRow(QString(), m_preview);
    m_modes->addWidget(bPage);
    // Driver's licence: PIN1 and PIN2 (drivers-licence.md §A3).
    auto* licencePage = new QWidget(m_modes);
    auto* licenceForm = new QFormLayout(licencePage);
    m_pin1 = digitsField(QStringLiteral("pin1Edit"), 4);
    m_pin1->setEchoMode(QLineEdit::Password);
    m_pin2 = digitsField(QStringLiteral("pin2Edit"), 4);
    m_pin2->setEchoMode(QLineEdit::Password);
    m_pin1Label = new QLabel(licencePage);
    m_pin2Label = new QLabel(licencePage);
    licenceForm->addRow(m_pin1Label, m_pin1);
    licenceForm->addRow(m_pin2Label, m_pin2);
    connect(m_pin1, &QLineEdit::textEdited, this, [this] {
        if (m_pin1->text().size() == 4) {
            m_keypad->setTarget(m_pin2);
            m_pin2->setFocus();
        }
    });
    m_licenceNote = new QLabel(licencePage);
    m_licenceNote->setObjectName(QStringLiteral("licenceNote"));
    m_licenceNote->setWordWrap(true);
    m_licenceNote->setStyleSheet(QStringLiteral("font-size:18pt;"));
    licenceForm->addRow(m_licenceNote);
    m_modes->addWidget(licencePage);
    // Residence card: the card number, 2 letters + 8 digits + 2 letters (residence-card.md §B2).
    auto* residencePage = new QWidget(m_modes);
    auto* residenceForm = new QFormLayout(residencePage);
    m_cardNumber = new QLineEdit(residencePage);
    m_cardNumber->setObjectName(QStringLiteral("cardNumberEdit"));
    m_cardNumber->setMaxLength(12);
    m_cardNumber->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}|[A-Za-z]{2}[0-9]{1,8}|[A-Za-z]{2}[0-9]{8}[A-Za-z]{0,2}")), m_cardNumber));
    m_cardNumber->setStyleSheet(QStringLiteral("font-size:28pt; font-family:monospace; letter-spacing:4px;"));
    connect(m_cardNumber, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text != text.toUpper())
            m_cardNumber->setText(text.toUpper());
    });
    connect(m_cardNumber, &QLineEdit::textChanged, this, &CredentialPage::update);
    m_cardNumberLabel = new QLabel(residencePage);
    residenceForm->addRow(m_cardNumberLabel, m_cardNumber);
    m_cardNumberNote = new QLabel(residencePage);
    m_cardNumberNote->setObjectName(QStringLiteral("cardNumberNote"));
    m_cardNumberNote->setWordWrap(true);
    m_cardNumberNote->setStyleSheet(QStringLiteral("font-size:18pt;"));
    residenceForm->addRow(m_cardNumberNote);
    m_modes->addWidget(residencePage);

    auto* passportPage = new QWidget(m_modes);
    auto* passportForm = new QFormLayout(passportPage);
    const QString big = QStringLiteral("font-size:22pt; font-family:monospace;");
    m_mrzLines = new QPlainTextEdit(passportPage);
    m_mrzLines->setObjectName(QStringLiteral("mrzLinesEdit"));
    m_mrzLines->setTabChangesFocus(true);
    m_mrzLines->setFixedHeight(90);
    m_mrzLines->setStyleSheet(QStringLiteral("font-size:14pt; font-family:monospace;"));
    connect(m_mrzLines, &QPlainTextEdit::textChanged, this, &CredentialPage::update);
    m_mrzLinesLabel = new QLabel(passportPage);
    passportForm->addRow(m_mrzLinesLabel, m_mrzLines);
    const auto passportField = [&](const char* name, int length, QLabel*& label) {
        auto* field = new QLineEdit(passportPage);
        field->setObjectName(QLatin1String(name));
        field->setMaxLength(length);
        field->setStyleSheet(big);
        connect(field, &QLineEdit::textChanged, this, &CredentialPage::update);
        label = new QLabel(passportPage);
        passportForm->addRow(label, field);
        return field;
    };
    m_documentNumber = passportField("documentNumberEdit", 9, m_documentNumberLabel);
    m_documentNumber->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,9}")), m_documentNumber));
    m_passportBirth = passportField("passportBirthEdit", 8, m_passportBirthLabel);
    m_passportBirth->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_passportBirth));
    m_passportExpiry = passportField("passportExpiryEdit", 8, m_passportExpiryLabel);
    m_passportExpiry->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_passportExpiry));
    m_can = passportField("canEdit", 6, m_canLabel);
    m_can->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_can));
    m_passportNote = new QLabel(passportPage);
    m_passportNote->setWordWrap(true);
    m_passportNote->setStyleSheet(QStringLiteral("font-size:16pt;"));
    passportForm->addRow(m_passportNote);
    m_modes->addWidget(passportPage);
    row->addWidget(m_modes, 2);
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

void CredentialPage::prepare(Route route, std::optional<int> triesLeft, const QString& problem, bool pinPad)
{
    clear();
    m_licence.reset();
    m_route = route;
    m_pinPad = pinPad && route == Route::Pin;
    m_triesLeft = triesLeft;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_modes->setCurrentIndex(route == Route::Pin ? PinMode : CollationBMode);
    QLineEdit* first = route == Route::Pin ? m_pin : m_year;
    m_keypad->setTarget(first);
    first->setFocus();
    retranslate();
}

void CredentialPage::prepareLicence(const LicenceState& state, const QString& problem)
{
    clear();
    m_licence = state;
    m_pinPad = false;
    // The lower of the two counters decides whether entry is allowed at all.
    m_triesLeft = std::min(state.pin1TriesLeft.value_or(3), state.pin2TriesLeft.value_or(3));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_modes->setCurrentIndex(LicenceMode);
    m_keypad->setTarget(m_pin1);
    m_pin1->setFocus();
    retranslate();
}

void CredentialPage::prepareResidence(const QString& problem)
{
    clear();
    m_licence.reset();
    m_pinPad = false;
    m_triesLeft.reset();  // §B2: no retry counter
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_modes->setCurrentIndex(ResidenceMode);
    m_keypad->setTarget(m_cardNumber);
    m_cardNumber->setFocus();
    retranslate();
}

void CredentialPage::preparePassport(const QString& problem)
{
    clear();
    m_licence.reset();
    m_pinPad = false;
    m_triesLeft.reset();  // passport.md §1, §3: MRZ and CAN have no retry counter
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_modes->setCurrentIndex(PassportMode);
    m_keypad->setTarget(m_passportBirth);
    m_mrzLines->setFocus();
    retranslate();
}

std::optional<MrzKey> CredentialPage::passportKey() const
{
    if (!m_mrzLines->toPlainText().trimmed().isEmpty()) {
        auto key = MrzKey::fromLines(m_mrzLines->toPlainText().trimmed());
        return key ? std::optional(std::move(key).value()) : std::nullopt;
    }
    auto key = MrzKey::fromParts(m_documentNumber->text(), m_passportBirth->text(), m_passportExpiry->text());
    return key ? std::optional(std::move(key).value()) : std::nullopt;
}

PassportReader::Request CredentialPage::takePassportRequest()
{
    PassportReader::Request request;
    request.mrz = passportKey();
    if (m_can->text().size() == 6)
        request.can = SecureBytes(m_can->text().toLatin1());
    clear();
    return request;
}

SecureBytes CredentialPage::takeCardNumber()
{
    auto number = ResidenceCardNumber::normalize(m_cardNumber->text());
    clear();
    return number ? SecureBytes::takeFrom(*number) : SecureBytes();
}

std::pair<SecureBytes, SecureBytes> CredentialPage::takeLicencePins()
{
    std::pair<SecureBytes, SecureBytes> pins{SecureBytes(m_pin1->text().toLatin1()), SecureBytes(m_pin2->text().toLatin1())};
    clear();
    return pins;
}

SecureBytes CredentialPage::takeSecret()
{
    SecureBytes secret;
    // With the reader's keypad there is nothing here to take.
    if (m_route == Route::Pin && !m_pinPad)
        secret = SecureBytes(m_pin->text().toLatin1());
    else if (auto b = m_route == Route::CollationB ? collationB() : std::nullopt)
        secret = std::move(*b);
    clear();
    return secret;
}

std::optional<SecureBytes> CredentialPage::collationB() const
{
    const int era = m_era->currentIndex();
    const QDate birth(gregorianYear(era, m_year->text().toInt()), m_month->text().toInt(), m_day->text().toInt());
    if (m_year->text().isEmpty() || (era == 3 && m_year->text().size() != 4))
        return std::nullopt;
    auto b = CollationNumberB::build(birth, era == 3 ? CollationNumberB::BirthYear::Gregorian : CollationNumberB::BirthYear::JapaneseEra,
                                     m_expiry->text().toInt(), m_code->text());
    if (!b)
        return std::nullopt;
    return std::move(b).value();
}

void CredentialPage::update()
{
    const bool stopped = m_triesLeft && *m_triesLeft <= 1;
    m_stop->setVisible(stopped);
    m_modes->setEnabled(!stopped);
    m_keypad->setEnabled(!stopped);
    bool ready = false;
    m_pin->setVisible(!m_pinPad);
    m_pinLabel->setVisible(!m_pinPad);
    m_pinPadNote->setVisible(m_pinPad);
    // A licence without PINs (the default PIN opens it) has nothing to type.
    const bool nothingToType = m_licence && !m_licence->pinSet;
    for (QWidget* w : std::initializer_list<QWidget*>{m_pin1, m_pin2, m_pin1Label, m_pin2Label})
        w->setVisible(!nothingToType);
    m_keypad->setVisible(!m_pinPad && !nothingToType);
    if (m_pinPad) {
        ready = true;  // the reader collects the PIN
    } else if (isResidence()) {
        ready = ResidenceCardNumber::normalize(m_cardNumber->text()).ok();
    } else if (isPassport()) {
        ready = m_can->text().size() == 6 || passportKey().has_value();
    } else if (m_licence) {
        ready = !m_licence->pinSet || (m_pin1->text().size() == 4 && m_pin2->text().size() == 4);
    } else if (m_route == Route::Pin) {
        ready = m_pin->text().size() == 4;
    } else {
        const auto b = collationB();
        m_preview->setText(b ? QString::fromLatin1(b->view().toByteArray()) : QStringLiteral("－"));
        ready = b.has_value();
    }
    m_read->setEnabled(ready && !stopped);
}

void CredentialPage::clear()
{
    for (QLineEdit* field : {m_pin, m_pin1, m_pin2, m_year, m_month, m_day, m_expiry, m_code, m_cardNumber, m_documentNumber, m_passportBirth,
                             m_passportExpiry, m_can})
        field->clear();
    m_mrzLines->clear();
    m_preview->clear();
    m_problem->clear();
    update();
}

void CredentialPage::retranslate()
{
    if (isPassport())
        //: Step 3 title for a passport.
        m_title->setText(tr("Scan the passport's MRZ, or type its number and dates"));
    else if (isResidence())
        //: Step 3 title for a residence card / special permanent resident certificate.
        m_title->setText(tr("Enter the card number printed on the card"));
    else if (m_licence)
        //: Step 3 title for a driver's licence (with PINs set / without).
        m_title->setText(m_licence->pinSet ? tr("The customer enters the licence's PIN1 and PIN2") : tr("This licence needs no PIN"));
    else
        //: Step 3 title for a My Number card read with the PIN.
        m_title->setText(m_route == Route::Pin ? tr("The customer enters the 4-digit PIN")
                                               //: Step 3 title for a My Number card read with 照合番号B.
                                               : tr("Enter 照合番号B from the card"));
    if (m_licence && m_licence->pin1TriesLeft && m_licence->pin2TriesLeft)
        //: Shown before any entry: the tries each licence PIN has left.
        m_tries->setText(tr("Tries left on the card: PIN1 %1, PIN2 %2").arg(*m_licence->pin1TriesLeft).arg(*m_licence->pin2TriesLeft));
    else if (m_triesLeft)
        //: Shown before any entry; %1 is the number of tries the card has left.
        m_tries->setText(tr("Tries left on the card: %1").arg(*m_triesLeft));
    else
        m_tries->clear();
    if (m_licence)
        //: A licence PIN is reset only by the police (drivers-licence.md §A3).
        m_stop->setText(m_triesLeft && *m_triesLeft == 0
                            ? tr("A PIN of this licence is blocked. It can be reset only at a driver's licence centre or police station.")
                            : tr("Only one try is left on a PIN: a wrong entry would block the licence. Do not enter it here; "
                                 "the customer can reset it at a driver's licence centre or police station."));
    else
        //: %1: 0 or 1 tries left. Tells where a blocked My Number card is reset.
        m_stop->setText(m_triesLeft && *m_triesLeft == 0
                            ? tr("This card is blocked. It can be reset only at the municipal office (市区町村窓口).")
                            : tr("Only one try is left: a wrong entry would block the card. Do not enter it here; "
                                 "the customer can reset it at the municipal office (市区町村窓口)."));
    m_pin1Label->setText(tr("PIN1"));
    m_pin2Label->setText(tr("PIN2"));
    m_pin1->setAccessibleName(tr("PIN1, 4 digits"));
    m_pin2->setAccessibleName(tr("PIN2, 4 digits (for the photo)"));
    m_licenceNote->setText(m_licence && !m_licence->pinSet
                               //: The licence holder never set PINs: the default PIN opens it (drivers-licence.md §A2).
                               ? tr("The holder set no PIN on this licence: it opens with the default PIN. Press \u201c%1\u201d.").arg(tr("Read the card"))
                               : tr("PIN2 opens the photo, which the signature covers. Each PIN has 3 tries."));
    m_cardNumberLabel->setText(tr("Card number"));
    m_cardNumber->setAccessibleName(tr("Card number: 2 letters, 8 digits, 2 letters"));
    //: Residence cards: where the number is printed, and that a wrong one costs no try.
    m_cardNumberNote->setText(tr("12 characters at the top right of the card's front: 2 letters, 8 digits, 2 letters (e.g. AB12345678CD). "
                                 "A wrong number is refused by the card; it does not lock the card."));
    m_mrzLinesLabel->setText(tr("MRZ (scanner)"));
    m_mrzLines->setAccessibleName(tr("The two lines at the bottom of the passport's photo page"));
    m_documentNumberLabel->setText(tr("or: passport number"));
    m_documentNumber->setAccessibleName(tr("Passport number"));
    m_passportBirthLabel->setText(tr("Birth date (YYYYMMDD)"));
    m_passportBirth->setAccessibleName(m_passportBirthLabel->text());
    m_passportExpiryLabel->setText(tr("Expiry date (YYYYMMDD)"));
    m_passportExpiry->setAccessibleName(m_passportExpiryLabel->text());
    m_canLabel->setText(tr("or: CAN (6 digits)"));
    m_can->setAccessibleName(tr("Card access number, 6 digits"));
    //: Passports: what opens the chip, and that a wrong entry costs no try.
    m_passportNote->setText(tr("The chip opens with the number, birth date and expiry date of the photo page, or with the 6-digit CAN "
                               "where the document prints one. A wrong entry is refused by the chip; it does not lock it."));
    m_pinLabel->setText(tr("PIN"));
    //: The reader has its own keypad: the PIN never passes through the kiosk.
    m_pinPadNote->setText(tr("When you press Read, the customer types the 4-digit PIN on the reader's own keypad and confirms there."));
    m_pin->setAccessibleName(tr("PIN, 4 digits"));
    m_birthLabel->setText(tr("Birth date (as printed)"));
    m_era->setAccessibleName(tr("Era of the birth date"));
    m_year->setAccessibleName(tr("Birth year"));
    m_month->setAccessibleName(tr("Birth month"));
    m_day->setAccessibleName(tr("Birth day"));
    m_expiryLabel->setText(tr("Expiry year (西暦)"));
    m_expiry->setAccessibleName(m_expiryLabel->text());
    m_codeLabel->setText(tr("Security code"));
    m_code->setAccessibleName(tr("Security code, 4 digits"));
    m_preview->setAccessibleName(tr("照合番号B to send"));
    m_keypad->retranslate();
    //: Button that sends the credential and reads the card.
    m_read->setText(tr("Read the card"));
    m_read->setAccessibleName(m_read->text());
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(m_back->text());
    update();
}

} // namespace madoguchi
