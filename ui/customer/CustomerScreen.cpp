#include "ui/customer/CustomerScreen.h"

#include "ui/Theme.h"
#include "ui/customer/CustomerLanguages.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace madoguchi {
namespace {

// Every text of the customer's screen. Translators: the reader is a customer at a public counter,
// often not at home in Japanese; short, plain sentences; "staff" are the counter's clerks.
struct StateTexts
{
    const char* title;
    const char* body;
};

StateTexts textsOf(CustomerScreen::State state)
{
    switch (state) {
    case CustomerScreen::State::Welcome:
        return {
            //: Customer screen, between visits: title.
            QT_TRANSLATE_NOOP("CustomerScreen", "Welcome"),
            //: Customer screen, between visits: the staff will tell the customer what to do; languages are chosen at the top.
            QT_TRANSLATE_NOOP("CustomerScreen", "A member of staff will guide you. You can choose your language at the top of this screen.")};
    case CustomerScreen::State::PlaceCard:
        return {
            //: Customer screen: title while the kiosk waits for the identity card on the card reader.
            QT_TRANSLATE_NOOP("CustomerScreen", "Please place your card on the reader"),
            //: Customer screen: how to place the card on the reader.
            QT_TRANSLATE_NOOP("CustomerScreen", "Lay it flat and leave it there until the staff tell you to take it.")};
    case CustomerScreen::State::Wait:
        return {
            //: Customer screen: title while the staff type what the card needs (not the PIN).
            QT_TRANSLATE_NOOP("CustomerScreen", "Please wait"),
            //: Customer screen: the staff prepare the reading; the card must stay on the reader.
            QT_TRANSLATE_NOOP("CustomerScreen", "The staff are preparing to read your card. Please leave it on the reader.")};
    case CustomerScreen::State::Pin:
        return {
            //: Customer screen: title when the customer types the card's 4-digit PIN (暗証番号).
            QT_TRANSLATE_NOOP("CustomerScreen", "Please enter your 4-digit PIN"), nullptr};
    case CustomerScreen::State::Reading:
        return {
            //: Customer screen: title while the chip is read.
            QT_TRANSLATE_NOOP("CustomerScreen", "Reading your card"),
            //: Customer screen: moving the card breaks the reading.
            QT_TRANSLATE_NOOP("CustomerScreen", "Please do not move the card.")};
    case CustomerScreen::State::TakeCard:
        return {
            //: Customer screen: title when the chip has been read.
            QT_TRANSLATE_NOOP("CustomerScreen", "Reading is finished"),
            //: Customer screen: the customer takes their card back from the reader.
            QT_TRANSLATE_NOOP("CustomerScreen", "Please take your card from the reader.")};
    case CustomerScreen::State::Thanks:
        return {
            //: Customer screen at the end of the visit: title.
            QT_TRANSLATE_NOOP("CustomerScreen", "Thank you"),
            //: Customer screen at the end of the visit: nothing read from the card stays on this terminal.
            QT_TRANSLATE_NOOP("CustomerScreen", "Your information has been erased from this terminal.")};
    }
    return {};
}

//: Customer screen, under the PIN title; %1 is how many wrong PINs the card still accepts before it locks.
constexpr const char* kTriesLeft = QT_TRANSLATE_NOOP("CustomerScreen", "Tries left: %1");
//: Customer screen, beside the PIN field: the PIN is shown to nobody.
constexpr const char* kPinPrivacy = QT_TRANSLATE_NOOP("CustomerScreen", "The staff cannot see your PIN.");
//: Customer screen: accessible name of the PIN field (read out by a screen reader).
constexpr const char* kPinField = QT_TRANSLATE_NOOP("CustomerScreen", "PIN, 4 digits");
//: Customer screen: button that sends the PIN.
constexpr const char* kOk = QT_TRANSLATE_NOOP("CustomerScreen", "OK");
//: Customer screen, keypad: key that empties the PIN field.
constexpr const char* kClear = QT_TRANSLATE_NOOP("CustomerScreen", "Clear");
//: Customer screen, keypad: key that deletes the last digit.
constexpr const char* kDelete = QT_TRANSLATE_NOOP("CustomerScreen", "Delete");
//: Customer screen: button that makes all text on this screen larger.
constexpr const char* kLarger = QT_TRANSLATE_NOOP("CustomerScreen", "Larger text");
//: Customer screen: button that returns the text to its usual size.
constexpr const char* kNormal = QT_TRANSLATE_NOOP("CustomerScreen", "Normal text");
//: Customer screen: accessible description of each language button (the button itself says the language's own name).
constexpr const char* kLanguage = QT_TRANSLATE_NOOP("CustomerScreen", "Language");

constexpr int kBasePoint = 18;
constexpr int kTitlePoint = 30;
constexpr int kLanguagePoint = 16;
constexpr qreal kLargeScale = 1.4;
constexpr int kLanguagesPerRow = 5;

} // namespace

CustomerScreen::CustomerScreen(const QStringList& languages, QWidget* parent) : QWidget(parent, Qt::Window), m_languages(languages)
{
    setObjectName(QStringLiteral("customerScreen"));
    // The chosen language and OK stand out; OK is pale until the PIN has 4 digits.
    setStyleSheet(QStringLiteral("QPushButton:checked, QPushButton#customerOk { background:#0B4FA8; color:white; }"
                                 "QPushButton#customerOk:disabled { background:#AFC2E0; color:#F4F6FA; }"));
    auto* layout = new QVBoxLayout(this);
    auto* languageGrid = new QGridLayout;
    for (const QString& code : std::as_const(m_languages)) {
        const CustomerLanguage* language = CustomerLanguages::find(code);
        auto* button = new QPushButton(language ? language->name : code, this);
        button->setObjectName(QStringLiteral("customerLanguage-") + code);
        button->setProperty("code", code);
        button->setCheckable(true);
        button->setMinimumHeight(Theme::kTouchTarget);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(button->text());  // the language's own name, in its own script
        connect(button, &QPushButton::clicked, this, [this, code] { setLanguage(code); });
        languageGrid->addWidget(button, int(m_languageButtons.size()) / kLanguagesPerRow, int(m_languageButtons.size()) % kLanguagesPerRow);
        m_languageButtons.append(button);
    }
    m_largeTextButton = new QPushButton(this);
    m_largeTextButton->setObjectName(QStringLiteral("customerLargeText"));
    m_largeTextButton->setCheckable(true);
    m_largeTextButton->setMinimumHeight(Theme::kTouchTarget);
    connect(m_largeTextButton, &QPushButton::clicked, this, [this](bool on) { setLargeText(on); });
    layout->addLayout(languageGrid);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("customerTitle"));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("customerBody"));
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignCenter);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_body);

    // The PIN: the field, how many tries are left and OK on the left, the keypad on the right.
    m_pinPanel = new QWidget(this);
    auto* pinLayout = new QHBoxLayout(m_pinPanel);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    auto* entry = new QVBoxLayout;
    m_tries = new QLabel(m_pinPanel);
    m_tries->setObjectName(QStringLiteral("customerTries"));
    m_tries->setAlignment(Qt::AlignCenter);
    m_pinPrivacy = new QLabel(m_pinPanel);
    m_pinPrivacy->setObjectName(QStringLiteral("customerPinPrivacy"));
    m_pinPrivacy->setWordWrap(true);
    m_pinPrivacy->setAlignment(Qt::AlignCenter);
    m_pin = new QLineEdit(m_pinPanel);
    m_pin->setObjectName(QStringLiteral("customerPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(4);
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_pin));
    m_keypad = new Keypad(m_pinPanel);
    m_keypad->setTarget(m_pin);
    m_ok = new QPushButton(m_pinPanel);
    m_ok->setObjectName(QStringLiteral("customerOk"));
    m_ok->setMinimumHeight(Theme::kTouchTarget);
    Theme::setIcon(m_ok, QStringLiteral("finish"));
    const auto send = [this] {
        if (m_state == State::Pin && m_pin->text().size() == 4)
            Q_EMIT entered();
    };
    connect(m_pin, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(m_pin->text().size() == 4); });
    connect(m_pin, &QLineEdit::returnPressed, this, send);  // the keyboard alone: digits, Backspace, Enter
    connect(m_ok, &QPushButton::clicked, this, send);
    entry->addStretch(1);
    entry->addWidget(m_tries);
    entry->addWidget(m_pin);
    entry->addWidget(m_pinPrivacy);
    entry->addWidget(m_ok);
    entry->addStretch(1);
    pinLayout->addLayout(entry, 2);
    pinLayout->addWidget(m_keypad, 3);
    layout->addWidget(m_pinPanel);
    layout->addStretch(1);
    layout->addWidget(m_largeTextButton, 0, Qt::AlignRight);

    setMinimumSize(1024, 768);
    setLanguage(m_languages.value(0, QStringLiteral("ja")));
    showState(State::Welcome);
}

void CustomerScreen::showState(State state)
{
    m_state = state;
    if (state != State::Pin)
        clearPin();
    m_pinPanel->setVisible(state == State::Pin);
    retranslate();
    if (state == State::Pin)
        m_pin->setFocus();
}

void CustomerScreen::ask(int triesLeft)
{
    clearPin();
    m_triesLeft = triesLeft;
    showState(State::Pin);
    show();
}

SecureBytes CustomerScreen::takePin()
{
    SecureBytes pin(m_pin->text().toLatin1());
    clearPin();
    return pin;
}

void CustomerScreen::endVisit()
{
    clearPin();
    setLargeText(false);
    setLanguage(m_languages.value(0, QStringLiteral("ja")));
    showState(State::Thanks);
}

void CustomerScreen::setLanguage(const QString& code)
{
    if (!m_languages.contains(code) || !m_text.setLanguage(code))
        return;
    if (const CustomerLanguage* language = CustomerLanguages::find(code))
        setLocale(QLocale(language->locale));
    for (QPushButton* button : std::as_const(m_languageButtons))
        button->setChecked(button->property("code").toString() == code);
    applyFonts();
    retranslate();
}

void CustomerScreen::setLargeText(bool on)
{
    m_largeText = on;
    m_largeTextButton->setChecked(on);
    applyFonts();
    retranslate();
}

void CustomerScreen::clearPin()
{
    m_pin->clear();
    m_ok->setEnabled(false);
}

void CustomerScreen::retranslate()
{
    const StateTexts texts = textsOf(m_state);
    m_title->setText(m_text.text(texts.title));
    m_body->setText(texts.body ? m_text.text(texts.body) : QString());
    m_body->setVisible(texts.body != nullptr);
    m_tries->setText(m_text.text(kTriesLeft).arg(m_triesLeft));
    m_pinPrivacy->setText(m_text.text(kPinPrivacy));
    m_pin->setAccessibleName(m_text.text(kPinField));
    m_ok->setText(m_text.text(kOk));
    m_ok->setAccessibleName(m_ok->text());
    m_keypad->setLabels(m_text.text(kClear), m_text.text(kDelete));
    m_largeTextButton->setText(m_text.text(m_largeText ? kNormal : kLarger));
    m_largeTextButton->setAccessibleName(m_largeTextButton->text());
    const QString language = m_text.text(kLanguage);
    for (QPushButton* button : std::as_const(m_languageButtons))
        button->setAccessibleDescription(language);
}

void CustomerScreen::applyFonts()
{
    const CustomerLanguage* language = CustomerLanguages::find(m_text.language());
    const qreal scale = m_largeText ? kLargeScale : 1.0;
    QFont base = font();
    if (language)
        base.setFamilies(language->fonts);
    base.setPointSizeF(kBasePoint * scale);
    for (QWidget* widget : findChildren<QWidget*>())
        widget->setFont(base);
    QFont title = base;
    title.setPointSizeF(kTitlePoint * scale);
    title.setBold(true);
    m_title->setFont(title);
    // Each language button in its own script's fonts and at one size, whatever language and text
    // size are chosen: the row of languages stays where the customer found it.
    for (QPushButton* button : std::as_const(m_languageButtons)) {
        QFont own = base;
        own.setPointSizeF(kLanguagePoint);
        if (const CustomerLanguage* its = CustomerLanguages::find(button->property("code").toString()))
            own.setFamilies(its->fonts);
        button->setFont(own);
    }
}

} // namespace madoguchi
