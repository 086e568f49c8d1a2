#include "ui/credential/MyNumberForm.h"

#include "core/cards/mynumber/CollationNumberB.h"
#include "core/cards/mynumber/PrintedCollation.h"
#include "core/text/WarekiDate.h"
#include "ui/customer/CustomerScreen.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace madoguchi {
namespace {

// First Gregorian year of each era, minus one (year 1 of 昭和 is 1926): WarekiDate's table.
int gregorianYear(int eraIndex, int year)
{
    static const int base[] = {1925, 1988, 2018, 0};  // 昭和, 平成, 令和, 西暦
    return base[eraIndex] + year;
}

constexpr int kGregorian = 3;  // the era box's 西暦

} // namespace

MyNumberForm::MyNumberForm(CustomerScreen* customer, CredentialCamera* camera, QWidget* parent) : CredentialForm(parent), m_customer(customer)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_routes = new QStackedWidget(this);
    // PIN (mynumber.md §3.1)
    auto* pinPage = new QWidget(m_routes);
    auto* pinForm = new QFormLayout(pinPage);
    m_pin = DigitsField::secret(QStringLiteral("pinEdit"), pinPage);
    m_pinLabel = new QLabel(pinPage);
    pinForm->addRow(m_pinLabel, m_pin);
    m_pinPadNote = new QLabel(pinPage);
    m_pinPadNote->setObjectName(QStringLiteral("pinPadNote"));
    m_pinPadNote->setWordWrap(true);
    m_pinPadNote->setStyleSheet(QStringLiteral("font-size:20pt;"));
    pinForm->addRow(m_pinPadNote);
    m_routes->addWidget(pinPage);
    // 照合番号B (mynumber.md §3.2)
    auto* bPage = new QWidget(m_routes);
    auto* bForm = new QFormLayout(bPage);
    m_camera = new CameraRow(camera, CredentialCamera::Document::MyNumberFront, QStringLiteral("myNumberCamera"), bPage);
    bForm->addRow(m_camera);
    connect(m_camera, &CameraRow::read, this, &MyNumberForm::fillFromCamera);
    auto* birth = new QHBoxLayout;
    m_era = new QComboBox(bPage);
    m_era->setObjectName(QStringLiteral("eraCombo"));
    m_era->addItems({QStringLiteral("昭和"), QStringLiteral("平成"), QStringLiteral("令和"), QStringLiteral("西暦")});
    connect(m_era, &QComboBox::currentIndexChanged, this, [this](int era) {
        m_year->setMaxLength(era == kGregorian ? 4 : 2);  // 西暦 YYYY, an era's year YY
        update();
    });
    m_year = new DigitsField(QStringLiteral("birthYear"), 2, bPage);
    m_month = new DigitsField(QStringLiteral("birthMonth"), 2, bPage);
    m_month->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("0?[1-9]?|1[0-2]")), m_month));
    m_day = new DigitsField(QStringLiteral("birthDay"), 2, bPage);
    birth->addWidget(m_era);
    birth->addWidget(m_year);
    birth->addWidget(new QLabel(QStringLiteral("/"), bPage));
    birth->addWidget(m_month);
    birth->addWidget(new QLabel(QStringLiteral("/"), bPage));
    birth->addWidget(m_day);
    m_birthLabel = new QLabel(bPage);
    bForm->addRow(m_birthLabel, birth);
    m_expiry = new DigitsField(QStringLiteral("expiryYear"), 4, bPage);
    m_expiryLabel = new QLabel(bPage);
    bForm->addRow(m_expiryLabel, m_expiry);
    m_code = new DigitsField(QStringLiteral("securityCode"), 4, bPage);
    m_codeLabel = new QLabel(bPage);
    bForm->addRow(m_codeLabel, m_code);
    m_preview = new QLabel(bPage);
    m_preview->setObjectName(QStringLiteral("collationPreview"));
    m_preview->setStyleSheet(QStringLiteral("font-size:28pt; font-family:monospace; letter-spacing:4px;"));
    bForm->addRow(QString(), m_preview);
    m_routes->addWidget(bPage);
    layout->addWidget(m_routes);
    // マイナ免許証: the licence PIN (drivers-licence.md §A6).
    m_licence = new QWidget(this);
    auto* licenceForm = new QFormLayout(m_licence);
    m_licencePin = DigitsField::secret(QStringLiteral("licencePinEdit"), m_licence);
    m_licencePinLabel = new QLabel(m_licence);
    licenceForm->addRow(m_licencePinLabel, m_licencePin);
    m_licenceNote = new QLabel(m_licence);
    m_licenceNote->setObjectName(QStringLiteral("licencePinNote"));
    m_licenceNote->setWordWrap(true);
    m_licenceNote->setStyleSheet(QStringLiteral("font-size:16pt;"));
    licenceForm->addRow(m_licenceNote);
    layout->addWidget(m_licence);
    m_residence = new QWidget(this);
    auto* residenceForm = new QFormLayout(m_residence);
    m_cardNumber = new CardNumberField(QStringLiteral("residenceCardNumberEdit"), m_residence);
    m_cardNumberLabel = new QLabel(m_residence);
    residenceForm->addRow(m_cardNumberLabel, m_cardNumber);
    m_residenceNote = new QLabel(m_residence);
    m_residenceNote->setObjectName(QStringLiteral("residenceCardNumberNote"));
    m_residenceNote->setWordWrap(true);
    m_residenceNote->setStyleSheet(QStringLiteral("font-size:16pt;"));
    residenceForm->addRow(m_residenceNote);
    layout->addWidget(m_residence);
    connect(m_cardNumber, &QLineEdit::textChanged, this, &MyNumberForm::update);
    layout->addStretch();

    // A complete field hands the focus (and the keypad) to the next: no extra touches.
    const QList<DigitsField*> chain{m_year, m_month, m_day, m_expiry, m_code, m_licencePin};
    for (int i = 0; i + 1 < chain.size(); ++i)
        connect(chain[i], &QLineEdit::textEdited, this, [this, field = chain[i], next = chain[i + 1]] {
            if (field->isFull() && next->isVisibleTo(this) && next->isEnabled())
                Q_EMIT advanced(next);
        });
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        if (m_code->isFull() && isSpecifiedResidence())
            Q_EMIT advanced(m_cardNumber);
    });
    connect(m_pin, &QLineEdit::textEdited, this, [this] {
        if (m_pin->isFull() && readsLicence())
            Q_EMIT advanced(m_licencePin);
    });
    for (DigitsField* field : {m_pin, m_year, m_month, m_day, m_expiry, m_code, m_licencePin})
        connect(field, &QLineEdit::textChanged, this, &MyNumberForm::update);
    if (m_customer)
        connect(m_customer, &CustomerScreen::entered, this, [this] {
            m_customerPin = m_customer->takePin();
            Q_EMIT submitted();
        });
}

bool MyNumberForm::readsLicence() const
{
    // The licence PIN is asked when the holder set one and it has more than one try left.
    return m_probe.document() == DocumentType::MyNumberLicence && m_probe.pinSet.value_or(false) && m_probe.secondTriesLeft.value_or(0) > 1;
}

bool MyNumberForm::isSpecifiedResidence() const
{
    return m_probe.document() == DocumentType::SpecifiedResidence || m_probe.document() == DocumentType::SpecifiedPermanentResident;
}

void MyNumberForm::prepare(const CardProbe& probe)
{
    m_probe = probe;
    clear();
    m_routes->setCurrentIndex(probe.myNumberRoute == Route::Pin ? 0 : 1);
    // A 07/08 card belongs to a foreign resident, whose card prints the birth date in the Gregorian
    // calendar: 照合番号B takes that year (mynumber.md §4.3, residence-card-0708.md §1).
    if (isSpecifiedResidence())
        m_era->setCurrentIndex(kGregorian);
    m_residence->setVisible(isSpecifiedResidence());
    m_licence->setVisible(probe.document() == DocumentType::MyNumberLicence);
    m_licencePin->setEnabled(readsLicence());
    m_licencePin->setVisible(probe.pinSet.value_or(true));
    m_licencePinLabel->setVisible(m_licencePin->isVisibleTo(this));
    // The customer types the PIN on the reader's keypad, else on their own screen; never when the
    // last try would be spent.
    if (probe.myNumberRoute == Route::Pin && !probe.pinPad && m_customer && probe.triesLeft.value_or(0) > 1)
        m_customer->ask(*probe.triesLeft);
    retranslate();
}

QString MyNumberForm::refusal(const CardReadOutcome::Credential& credential) const
{
    if (*credential.status != SafeVerify::Status::Rejected)
        return {};
    if (credential.key == QLatin1String("licence-pin"))
        //: The マイナ免許証's licence PIN was refused; %1 tries are left.
        return tr("The card did not accept the licence PIN. Tries left: %1. Check the entry with the customer.").arg(credential.secondTriesLeft.value_or(0));
    //: The card refused the PIN or 照合番号B; %1 tries are left.
    return tr("The card did not accept it. Tries left: %1. Check the entry with the customer.").arg(credential.triesLeft.value_or(0));
}

std::optional<SecureBytes> MyNumberForm::collationB() const
{
    const int era = m_era->currentIndex();
    if (m_year->text().isEmpty() || (era == kGregorian && m_year->text().size() != 4))
        return std::nullopt;
    const QDate birth(gregorianYear(era, m_year->text().toInt()), m_month->text().toInt(), m_day->text().toInt());
    auto b = CollationNumberB::build(birth, era == kGregorian ? CollationNumberB::BirthYear::Gregorian : CollationNumberB::BirthYear::JapaneseEra,
                                     m_expiry->text().toInt(), m_code->text());
    if (!b)
        return std::nullopt;
    return std::move(b).value();
}

CardReadRequest MyNumberForm::takeRequest()
{
    CardReadRequest request;
    MyNumberReader::Request& myNumber = request.myNumber.myNumber;
    myNumber.route = m_probe.myNumberRoute;
    myNumber.usePinPad = m_probe.myNumberRoute == Route::Pin && m_probe.pinPad;
    if (!m_customerPin.isEmpty())
        myNumber.secret = std::move(m_customerPin);
    else if (myNumber.route == Route::Pin && !myNumber.usePinPad)
        myNumber.secret = SecureBytes(m_pin->text().toLatin1());  // with the reader's keypad there is nothing here to take
    else if (auto b = myNumber.route == Route::CollationB ? collationB() : std::nullopt)
        myNumber.secret = std::move(*b);
    if (readsLicence() && m_licencePin->isFull())
        request.myNumber.licencePin = SecureBytes(m_licencePin->text().toLatin1());
    else if (m_probe.document() == DocumentType::MyNumberLicence && m_probe.pinSet == false && m_probe.secondTriesLeft.value_or(0) > 1)
        request.myNumber.licencePin = SecureBytes();  // no PIN set: the reader sends the default PIN (§A6)
    if (auto number = isSpecifiedResidence() ? m_cardNumber->take() : std::nullopt)
        request.residence.cardNumber = std::move(*number);
    clear();
    return request;
}

bool MyNumberForm::isComplete() const
{
    // The licence PIN may stay empty: then the licence part is not opened.
    // So may the card number of a 07/08 card: then its residence items are not read.
    const bool licence = !readsLicence() || m_licencePin->text().isEmpty() || m_licencePin->isFull();
    const bool residence = !isSpecifiedResidence() || m_cardNumber->text().isEmpty() || m_cardNumber->isComplete();
    if (m_probe.myNumberRoute == Route::Pin)
        return licence && residence && (m_probe.pinPad || m_pin->isFull());  // the reader collects the PIN on its keypad
    return licence && residence && collationB().has_value();
}

QLineEdit* MyNumberForm::firstField() const
{
    if (m_probe.myNumberRoute == Route::Pin)
        return m_probe.pinPad ? (readsLicence() ? m_licencePin : nullptr) : m_pin;
    return m_year;
}

void MyNumberForm::update()
{
    if (m_probe.myNumberRoute == Route::CollationB) {
        const auto b = collationB();
        m_preview->setText(b ? QString::fromLatin1(b->view().toByteArray()) : QStringLiteral("－"));
    }
    Q_EMIT changed();
}

void MyNumberForm::fillFromCamera(const SecureBytes& value)
{
    const auto printed = PrintedCollation::fromBytes(value.view());
    if (!printed)
        return;
    const auto wareki = WarekiDate::fromGregorian(printed->birthDate);
    const bool gregorian = printed->birthYear == CollationNumberB::BirthYear::Gregorian;
    // The era box offers 昭和, 平成, 令和 and 西暦: an older era is typed by staff.
    const int era = gregorian ? kGregorian : wareki ? m_era->findText(WarekiDate::eraName(wareki->era())) : -1;
    if (era < 0)
        return;
    m_era->setCurrentIndex(era);
    m_year->setText(gregorian ? QString::number(printed->birthDate.year()) : QString::number(wareki->year()).rightJustified(2, QLatin1Char('0')));
    m_month->setText(QString::number(printed->birthDate.month()).rightJustified(2, QLatin1Char('0')));
    m_day->setText(QString::number(printed->birthDate.day()).rightJustified(2, QLatin1Char('0')));
    m_expiry->setText(QString::number(printed->expiryYear));
    m_code->setText(printed->securityCode);
    m_camera->markFilled({m_year, m_month, m_day, m_expiry, m_code});
}

void MyNumberForm::clear()
{
    m_camera->reset();
    for (DigitsField* field : {m_pin, m_year, m_month, m_day, m_expiry, m_code, m_licencePin})
        field->clear();
    m_cardNumber->clear();
    m_customerPin = SecureBytes();
    m_preview->clear();
    update();
}

QString MyNumberForm::title() const
{
    if (m_probe.myNumberRoute == Route::Pin)
        //: Step 3 title for a My Number card read with the PIN.
        return tr("The customer enters the 4-digit PIN");
    //: Step 3 title for a My Number card read with 照合番号B.
    return tr("Enter 照合番号B from the card");
}

QString MyNumberForm::triesText() const
{
    if (!m_probe.triesLeft)
        return {};
    if (m_probe.document() == DocumentType::MyNumberLicence && m_probe.secondTriesLeft)
        //: Shown before any entry on a マイナ免許証: the tries of the My Number credential (%1) and of the licence PIN (%2).
        return tr("Tries left on the card: %1; licence PIN %2").arg(*m_probe.triesLeft).arg(*m_probe.secondTriesLeft);
    //: Shown before any entry; %1 is the number of tries the card has left.
    return tr("Tries left on the card: %1").arg(*m_probe.triesLeft);
}

QString MyNumberForm::stopText() const
{
    if (!m_probe.triesLeft || *m_probe.triesLeft > 1)
        return {};
    //: Tells where a blocked My Number card is reset.
    return *m_probe.triesLeft == 0 ? tr("This card is blocked. It can be reset only at the municipal office (市区町村窓口).")
                                   //: One try left on the My Number card: nothing is entered at the kiosk.
                                   : tr("Only one try is left: a wrong entry would block the card. Do not enter it here; "
                                        "the customer can reset it at the municipal office (市区町村窓口).");
}

void MyNumberForm::retranslate()
{
    //: Label of the My Number card PIN field (4 digits).
    m_pinLabel->setText(tr("PIN"));
    m_pin->setVisible(!m_probe.pinPad);
    m_pinLabel->setVisible(!m_probe.pinPad);
    m_pinPadNote->setVisible(m_probe.pinPad);
    //: The reader has its own keypad: the PIN never passes through the kiosk.
    m_pinPadNote->setText(tr("When you press Read, the customer types the 4-digit PIN on the reader's own keypad and confirms there."));
    //: Accessible name of the PIN field.
    m_pin->setAccessibleName(tr("PIN, 4 digits"));
    m_camera->setTexts(tr("Or let the camera read the birth date, expiry year and security code from the card's front."),
                       //: %1 the camera's name.
                       tr("Hold the card's front under %1."),
                       //: What to compare the values the camera read with.
                       tr("compare them with the card's front"));
    //: 照合番号B: the birth date as the card prints it (和暦 or 西暦).
    m_birthLabel->setText(tr("Birth date (as printed)"));
    //: Accessible name of the era box (昭和, 平成, 令和, 西暦).
    m_era->setAccessibleName(tr("Era of the birth date"));
    //: Accessible name: year of the birth date, in the chosen era.
    m_year->setAccessibleName(tr("Birth year"));
    //: Accessible name.
    m_month->setAccessibleName(tr("Birth month"));
    //: Accessible name.
    m_day->setAccessibleName(tr("Birth day"));
    //: 照合番号B: the card's expiry year, Gregorian.
    m_expiryLabel->setText(tr("Expiry year (西暦)"));
    m_expiry->setAccessibleName(m_expiryLabel->text());
    //: 照合番号B: the 4-digit セキュリティコード printed on the card.
    m_codeLabel->setText(tr("Security code"));
    //: Accessible name.
    m_code->setAccessibleName(tr("Security code, 4 digits"));
    //: Accessible name of the 14 digits shown for checking.
    m_preview->setAccessibleName(tr("照合番号B to send"));
    //: The PIN of the driving licence held on a My Number card (マイナ免許証).
    m_licencePinLabel->setText(tr("Licence PIN"));
    //: Accessible name of the マイナ免許証 licence PIN field.
    m_licencePin->setAccessibleName(tr("Licence PIN, 4 digits"));
    if (m_probe.pinSet == false)
        //: マイナ免許証 whose holder set no licence PIN (drivers-licence.md §A6).
        m_licenceNote->setText(tr("This card also holds a driving licence. Its holder set no licence PIN: it opens with the default PIN."));
    else if (!readsLicence())
        //: マイナ免許証 whose licence PIN has one try left (or is blocked, or its setting is unreadable): the licence is not opened.
        m_licenceNote->setText(tr("This card also holds a driving licence, but its licence PIN cannot be used here (tries left: %1). "
                                  "The licence part is not read; the customer can reset the PIN at a driver's licence centre.")
                                   .arg(m_probe.secondTriesLeft.value_or(0)));
    else
        //: マイナ免許証: what the licence PIN opens.
        m_licenceNote->setText(tr("This card also holds a driving licence: the customer enters its licence PIN to show the licence's expiry "
                                  "and conditions (leave it empty to read the My Number card only)."));
    //: Label: the residence card number (在留カード番号) printed on a 特定在留カード / 特定特別永住者証明書.
    m_cardNumberLabel->setText(tr("Residence card number"));
    //: Accessible name of that field.
    m_cardNumber->setAccessibleName(tr("Residence card number: 2 letters, 8 digits, 2 letters"));
    //: 07/08 cards: what the residence card number opens (residence-card-0708.md), and that it may stay empty.
    m_residenceNote->setText(tr("This card is also the holder's residence card. Its card number (12 characters printed on the card) opens "
                                "在留資格, 在留期間 and the other residence items; leave it empty to read the identity only."));
    update();
}

} // namespace madoguchi
