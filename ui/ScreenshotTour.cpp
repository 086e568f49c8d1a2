#include "ui/ScreenshotTour.h"

#include "ui/DemoPanel.h"
#include "ui/customer/CustomerLanguages.h"
#include "ui/customer/CustomerScreen.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace madoguchi {
namespace {

constexpr int kPollMs = 100;
constexpr int kMaxWaits = 150;  // 15 s for any one step

} // namespace

ScreenshotTour::ScreenshotTour(KioskWindow& window, const QDir& out, QObject* parent)
    : QObject(parent), m_window(window), m_out(out)
{
    using Page = KioskWindow::Page;
    const auto at = [this](Page page) { return [this, page] { return m_window.page() == page; }; };
    const auto always = [] { return true; };
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        m_steps.append({always, [this, language] { m_window.setLanguage(language); }});
        m_steps.append({at(Page::Purpose), [this, language] { shoot(language + QStringLiteral("-1-purpose")); click("purpose-tennyu"); }});
        m_steps.append({at(Page::Card), [this, language] { shoot(language + QStringLiteral("-2-card")); m_window.demoPanel()->place(QStringLiteral("mynumber"), QStringLiteral("yamada-hanako")); }});
        m_steps.append({at(Page::Credential), [this] { type(QStringLiteral("55021720352285")); }});
        m_steps.append({always, [this, language] { shoot(language + QStringLiteral("-3-credential")); click("readButton"); }});
        m_steps.append({at(Page::Review), [this, language] {
            click("confirmPhotoMatch");
            click("confirmFaceMatch");
            shoot(language + QStringLiteral("-4-review"));
            click("reviewPrint");
        }});
        m_steps.append({at(Page::Print), [this, language] { shoot(language + QStringLiteral("-5-print")); click("printFinish"); }});
        m_steps.append({at(Page::Purpose), [this, language] { shoot(language + QStringLiteral("-6-finished")); m_window.demoPanel()->remove(); }});
    }
    // A driver's licence whose holder set no PIN and whose name needs 外字.
    m_steps.append({at(Page::Purpose), [this] { m_window.setLanguage(QStringLiteral("ja")); click("purpose-koza"); }});
    m_steps.append({at(Page::Card), [this] { m_window.demoPanel()->place(QStringLiteral("licence"), QStringLiteral("takasaki-yoshitaro")); }});
    m_steps.append({at(Page::Credential), [this] { shoot(QStringLiteral("ja-7-licence-credential")); click("readButton"); }});
    m_steps.append({at(Page::Review), [this] { shoot(QStringLiteral("ja-8-licence-review")); click("reviewFinish"); }});
    m_steps.append({at(Page::Purpose), [this] { m_window.demoPanel()->remove(); }});
    // A new-style (second-generation, 05) residence card, in both languages: name and address come
    // as images, the status, period of stay and permissions from the chip only.
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        m_steps.append({at(Page::Purpose), [this, language] { m_window.setLanguage(language); click("purpose-koza"); }});
        m_steps.append({at(Page::Card), [this] { m_window.demoPanel()->place(QStringLiteral("residence"), QStringLiteral("silva-lucas")); }});
        m_steps.append({at(Page::Credential), [this, language] {
            if (auto* number = m_window.findChild<QLineEdit*>(QStringLiteral("cardNumberEdit")))
                number->setText(QStringLiteral("UH98765432BR"));  // as typed on the counter's keyboard
            shoot(language + QStringLiteral("-9-residence-credential"));
            click("readButton");
        }});
        m_steps.append({at(Page::Review), [this, language] { shoot(language + QStringLiteral("-10-residence-review")); click("reviewFinish"); }});
        m_steps.append({at(Page::Purpose), [this] { m_window.demoPanel()->remove(); }});
    }
    m_steps.append({always, [this] { m_window.setLanguage(QStringLiteral("ja")); }});
    // A passport: the MRZ as a keyboard-wedge scanner types it.
    m_steps.append({at(Page::Purpose), [this] { click("purpose-koza"); }});
    m_steps.append({at(Page::Card), [this] { m_window.demoPanel()->place(QStringLiteral("passport"), QStringLiteral("yamada-hanako")); }});
    m_steps.append({at(Page::Credential), [this] {
        if (auto* lines = m_window.findChild<QPlainTextEdit*>(QStringLiteral("mrzLinesEdit")))
            lines->setPlainText(QStringLiteral("P<JPNYAMADA<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<\nTZ12345676JPN8002170F3206010<<<<<<<<<<<<<<<4"));
        shoot(QStringLiteral("ja-11-passport-credential"));
        click("readButton");
    }});
    m_steps.append({at(Page::Review), [this] { shoot(QStringLiteral("ja-12-passport-review")); click("reviewFinish"); }});
    m_steps.append({at(Page::Purpose), [this] { m_window.demoPanel()->remove(); }});
    // A My Number card holding its owner's driving licence (マイナ免許証): 照合番号B, then the licence PIN.
    m_steps.append({at(Page::Purpose), [this] { click("purpose-inkan"); }});
    m_steps.append({at(Page::Card), [this] { m_window.demoPanel()->place(QStringLiteral("mynumber"), QStringLiteral("suzuki-ichiro")); }});
    m_steps.append({at(Page::Credential), [this] {
        // As typed on the keypad: 昭和64年1月7日, expiry 2031, security code 1357, licence PIN 8642.
        for (const auto& [field, text] : {std::pair{"birthYear", "64"}, {"birthMonth", "01"}, {"birthDay", "07"}, {"expiryYear", "2031"},
                                          {"securityCode", "1357"}, {"licencePinEdit", "8642"}})
            if (auto* edit = m_window.findChild<QLineEdit*>(QLatin1String(field)))
                edit->setText(QLatin1String(text));
        shoot(QStringLiteral("ja-13-mynumber-licence-credential"));
        click("readButton");
    }});
    m_steps.append({at(Page::Review), [this] { shoot(QStringLiteral("ja-14-mynumber-licence-review")); click("reviewFinish"); }});
    m_steps.append({at(Page::Purpose), [this] { m_window.demoPanel()->remove(); }});
    // A 特定在留カード (07), in both languages: a My Number card, its birth year in 西暦, and the
    // residence card number that opens its 在留 AP.
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        m_steps.append({at(Page::Purpose), [this, language] { m_window.setLanguage(language); click("purpose-koza"); }});
        m_steps.append({at(Page::Card), [this] { m_window.demoPanel()->place(QStringLiteral("residence"), QStringLiteral("hoang-minh")); }});
        m_steps.append({at(Page::Credential), [this, language] {
            for (const auto& [field, text] : {std::pair{"birthYear", "1999"}, {"birthMonth", "03"}, {"birthDay", "21"}, {"expiryYear", "2031"},
                                              {"securityCode", "4417"}, {"residenceCardNumberEdit", "FK55667788HM"}})
                if (auto* edit = m_window.findChild<QLineEdit*>(QLatin1String(field)))
                    edit->setText(QLatin1String(text));
            shoot(language + QStringLiteral("-15-specified-residence-credential"));
            click("readButton");
        }});
        m_steps.append({at(Page::Review), [this, language] { shoot(language + QStringLiteral("-16-specified-residence-review")); click("reviewFinish"); }});
        m_steps.append({at(Page::Purpose), [this] { m_window.demoPanel()->remove(); }});
    }
    // A phone placed instead of the card: its own sentence on the card step.
    m_steps.append({at(Page::Purpose), [this] { click("purpose-koza"); }});
    m_steps.append({at(Page::Card), [this] { m_window.demoPanel()->place(QStringLiteral("iphone"), QStringLiteral("yamada-hanako")); }});
    m_steps.append({[this] {
                        const auto* message = m_window.findChild<QLabel*>(QStringLiteral("cardMessage"));
                        return message && message->text().contains(QLatin1String("iPhone"));
                    },
                    [this] { shoot(QStringLiteral("en-17-phone")); m_window.demoPanel()->remove(); click("cardBack"); }});
    // The customer's screen in every language it speaks.
    m_steps.append({always, [this] { shootCustomerScreens(); }});
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::next);
}

void ScreenshotTour::start()
{
    m_out.mkpath(QStringLiteral("."));
    m_poll.start();
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty()) {
        m_poll.stop();
        Q_EMIT done(true);
        return;
    }
    if (!m_steps.first().ready()) {
        if (++m_waited > kMaxWaits) {
            m_poll.stop();
            Q_EMIT done(false);
        }
        return;
    }
    m_waited = 0;
    const Step step = m_steps.takeFirst();
    step.action();
}

void ScreenshotTour::shoot(const QString& name)
{
    m_window.grab().save(m_out.filePath(name + QStringLiteral(".png")));
}

void ScreenshotTour::shootCustomerScreens()
{
    CustomerScreen screen(CustomerLanguages::codes());
    screen.resize(1024, 768);
    for (const QString& code : CustomerLanguages::codes()) {
        screen.setLanguage(code);
        screen.ask(3);
        screen.grab().save(m_out.filePath(QStringLiteral("customer-%1-pin.png").arg(code)));
    }
    screen.setLanguage(QStringLiteral("ja-x-easy"));
    screen.showState(CustomerScreen::State::PlaceCard);
    screen.grab().save(m_out.filePath(QStringLiteral("customer-ja-x-easy-place-card.png")));
    screen.setLanguage(QStringLiteral("ja"));
    screen.setLargeText(true);
    screen.ask(3);
    screen.grab().save(m_out.filePath(QStringLiteral("customer-ja-pin-large.png")));
    screen.endVisit();
    screen.grab().save(m_out.filePath(QStringLiteral("customer-ja-thanks.png")));
}

void ScreenshotTour::click(const char* objectName)
{
    if (auto* button = m_window.findChild<QPushButton*>(QLatin1String(objectName)))
        button->click();
}

void ScreenshotTour::type(const QString& digits)
{
    for (QChar digit : digits)
        click(qPrintable(QStringLiteral("key") + digit));
}

} // namespace madoguchi
