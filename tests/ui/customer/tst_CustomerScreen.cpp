// The customer's screen in every language it offers: every state fits a 1024 × 768 screen in normal
// and large text, with every character drawn from an installed font and no text left in the
// English source; the accessibility tree names every control in the chosen language; the PIN is
// entered with the keyboard alone; a visit's end erases the PIN and returns to the first language.

#include "ui/Theme.h"
#include "ui/customer/CustomerLanguages.h"
#include "ui/customer/CustomerScreen.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextLayout>

using namespace madoguchi;
using State = CustomerScreen::State;

namespace {

const QList<std::pair<State, const char*>> kStates{
    {State::Welcome, "welcome"}, {State::PlaceCard, "place-card"}, {State::Wait, "wait"},    {State::Pin, "pin"},
    {State::Reading, "reading"}, {State::TakeCard, "take-card"},   {State::Thanks, "thanks"},
};

// Characters of `text` that no installed font draws in `font` (with Qt's font fallback).
QString missingGlyphs(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (layout.createLine().isValid()) {
    }
    layout.endLayout();
    QString missing;
    for (const QGlyphRun& run : layout.glyphRuns())
        if (run.glyphIndexes().contains(0))
            missing += run.rawFont().familyName() + QLatin1Char(' ');
    return missing;
}

// Why `widget`'s text does not fit its place; empty when it does.
QString overflow(QWidget* widget)
{
    if (auto* label = qobject_cast<QLabel*>(widget)) {
        if (label->text().isEmpty())
            return {};
        const QRect room = label->contentsRect();
        const QRect needed = label->fontMetrics().boundingRect(room, int(label->alignment()) | (label->wordWrap() ? Qt::TextWordWrap : 0), label->text());
        if (needed.width() > room.width() || needed.height() > room.height())
            return QStringLiteral("label %1 \"%2\" needs %3×%4, has %5×%6")
                .arg(label->objectName(), label->text())
                .arg(needed.width())
                .arg(needed.height())
                .arg(room.width())
                .arg(room.height());
        return missingGlyphs(label->text(), label->font()).isEmpty() ? QString() : QStringLiteral("label %1: no glyphs").arg(label->objectName());
    }
    if (auto* button = qobject_cast<QPushButton*>(widget)) {
        if (button->width() < button->sizeHint().width())
            return QStringLiteral("button %1 \"%2\" needs %3 px, has %4").arg(button->objectName(), button->text()).arg(button->sizeHint().width()).arg(button->width());
        return missingGlyphs(button->text(), button->font()).isEmpty() ? QString() : QStringLiteral("button %1: no glyphs").arg(button->objectName());
    }
    return {};
}

void collectNames(QAccessibleInterface* node, QList<std::pair<QAccessible::Role, QString>>& out)
{
    if (!node || node->state().invisible)
        return;
    out.append({node->role(), node->text(QAccessible::Name)});
    for (int i = 0; i < node->childCount(); ++i)
        collectNames(node->child(i), out);
}

} // namespace

class TestCustomerScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Theme::apply(*qApp); }
    void every_state_fits_in_every_language_data();
    void every_state_fits_in_every_language();
    void the_accessibility_tree_speaks_the_chosen_language_data();
    void the_accessibility_tree_speaks_the_chosen_language();
    void the_pin_is_entered_with_the_keyboard_alone();
    void one_touch_changes_the_language_and_a_visit_ends_in_the_first();
    void an_admin_can_limit_the_languages();
};

void TestCustomerScreen::every_state_fits_in_every_language_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("large");
    for (const QString& code : CustomerLanguages::codes())
        for (const auto& [state, name] : kStates)
            for (bool large : {false, true})
                QTest::addRow("%s %s%s", qPrintable(code), name, large ? " large" : "") << code << int(state) << large;
}

void TestCustomerScreen::every_state_fits_in_every_language()
{
    QFETCH(QString, language);
    QFETCH(int, state);
    QFETCH(bool, large);
    CustomerScreen screen(CustomerLanguages::codes());
    screen.setLanguage(language);
    QCOMPARE(screen.language(), language);
    screen.setLargeText(large);
    if (State(state) == State::Pin)
        screen.ask(3);
    else
        screen.showState(State(state));
    screen.resize(1024, 768);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    // The layout needs no more than the screen: nothing is pushed off it.
    const QSize needed = screen.minimumSizeHint();
    QVERIFY2(needed.width() <= 1024 && needed.height() <= 768, qPrintable(QStringLiteral("needs %1×%2").arg(needed.width()).arg(needed.height())));
    QCOMPARE(screen.size(), QSize(1024, 768));
    QStringList problems;
    for (QWidget* widget : screen.findChildren<QWidget*>())
        if (widget->isVisible())
            if (const QString problem = overflow(widget); !problem.isEmpty())
                problems << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(screen.untranslated().isEmpty(), qPrintable(QStringList(screen.untranslated().values()).join(QStringLiteral(" | "))));
}

void TestCustomerScreen::the_accessibility_tree_speaks_the_chosen_language_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pinName");
    QTest::newRow("ja") << "ja" << QStringLiteral("暗証番号（4桁）");
    QTest::newRow("ja-x-easy") << "ja-x-easy" << QStringLiteral("あんしょうばんごう（4けた）");
    QTest::newRow("en") << "en" << QStringLiteral("PIN, 4 digits");
    QTest::newRow("zh-Hans") << "zh-Hans" << QStringLiteral("密码，4位数");
    QTest::newRow("ko") << "ko" << QStringLiteral("비밀번호, 4자리");
    QTest::newRow("vi") << "vi" << QStringLiteral("Mã PIN, 4 chữ số");
    QTest::newRow("pt") << "pt" << QStringLiteral("Senha, 4 dígitos");
    QTest::newRow("ne") << "ne" << QStringLiteral("PIN, 4 अङ्क");
    QTest::newRow("fil") << "fil" << QStringLiteral("PIN, 4 na digit");
    QTest::newRow("id") << "id" << QStringLiteral("PIN, 4 digit");
}

void TestCustomerScreen::the_accessibility_tree_speaks_the_chosen_language()
{
    QFETCH(QString, language);
    QFETCH(QString, pinName);
    CustomerScreen screen(CustomerLanguages::codes());
    screen.setLanguage(language);
    screen.ask(3);
    screen.resize(1024, 768);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QList<std::pair<QAccessible::Role, QString>> nodes;
    collectNames(QAccessible::queryAccessibleInterface(&screen), nodes);
    int controls = 0;
    QStringList names;
    for (const auto& [role, name] : std::as_const(nodes)) {
        if (role != QAccessible::Button && role != QAccessible::CheckBox && role != QAccessible::EditableText)
            continue;
        ++controls;
        QVERIFY2(!name.isEmpty(), "a control without an accessible name");
        names << name;
    }
    // 10 languages and larger text (toggles), 12 keys, OK; the PIN field.
    QCOMPARE(controls, 10 + 1 + 12 + 1 + 1);
    QVERIFY2(names.contains(pinName), qPrintable(names.join(QStringLiteral(" | "))));
    // Each language is named in itself, whatever language is chosen.
    QVERIFY(names.contains(QStringLiteral("नेपाली")) && names.contains(QStringLiteral("Tiếng Việt")) && names.contains(QStringLiteral("中文（简体）")));
    QVERIFY(screen.untranslated().isEmpty());
    // A screen reader learns the language of what it reads.
    QCOMPARE(screen.locale().name(), QLocale(CustomerLanguages::find(language)->locale).name());
}

void TestCustomerScreen::the_pin_is_entered_with_the_keyboard_alone()
{
    CustomerScreen screen(CustomerLanguages::codes());
    screen.ask(3);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QApplication::setActiveWindow(&screen);
    auto* pin = screen.findChild<QLineEdit*>(QStringLiteral("customerPin"));
    QCOMPARE(QApplication::focusWidget(), pin);
    // Tab reaches every control: the languages, larger text, the keys and OK.
    QStringList reached;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget()->objectName();
    }
    for (const char* name : {"customerLanguage-ne", "customerLargeText", "key7", "key0", "keyClear", "keyBack"})
        QVERIFY2(reached.contains(QLatin1String(name)), name);
    // A key reached by Tab types with Space, like a touch.
    auto* seven = screen.findChild<QPushButton*>(QStringLiteral("key7"));
    seven->setFocus();
    QTest::keyClick(seven, Qt::Key_Space);
    QCOMPARE(pin->text(), QStringLiteral("7"));
    // Digits, Backspace and Enter in the field itself.
    pin->setFocus();
    QTest::keyClicks(pin, QStringLiteral("12"));
    QTest::keyClick(pin, Qt::Key_Backspace);
    QTest::keyClicks(pin, QStringLiteral("34"));
    QCOMPARE(pin->text(), QStringLiteral("7134"));
    QSignalSpy entered(&screen, &CustomerScreen::entered);
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
    QCOMPARE(screen.takePin().view(), QByteArrayView("7134"));
    QVERIFY(pin->text().isEmpty());
}

void TestCustomerScreen::one_touch_changes_the_language_and_a_visit_ends_in_the_first()
{
    CustomerScreen screen(CustomerLanguages::codes());
    screen.showState(State::PlaceCard);
    screen.show();
    auto* title = screen.findChild<QLabel*>(QStringLiteral("customerTitle"));
    QCOMPARE(title->text(), QStringLiteral("カードをリーダーに置いてください"));
    QTest::mouseClick(screen.findChild<QPushButton*>(QStringLiteral("customerLanguage-ko")), Qt::LeftButton);
    QCOMPARE(title->text(), QStringLiteral("카드를 리더기에 올려 주세요"));
    QTest::mouseClick(screen.findChild<QPushButton*>(QStringLiteral("customerLargeText")), Qt::LeftButton);
    QVERIFY(screen.largeText());
    QVERIFY(title->font().pointSizeF() > 35);
    screen.ask(2);
    QTest::keyClicks(screen.findChild<QLineEdit*>(QStringLiteral("customerPin")), QStringLiteral("12"));
    screen.endVisit();
    QCOMPARE(screen.state(), State::Thanks);
    QCOMPARE(screen.language(), QStringLiteral("ja"));
    QVERIFY(!screen.largeText());
    QVERIFY(screen.findChild<QLineEdit*>(QStringLiteral("customerPin"))->text().isEmpty());
    QCOMPARE(title->text(), QStringLiteral("ありがとうございました"));
}

void TestCustomerScreen::an_admin_can_limit_the_languages()
{
    CustomerScreen screen({QStringLiteral("en"), QStringLiteral("vi")});
    QCOMPARE(screen.language(), QStringLiteral("en"));
    QCOMPARE(screen.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^customerLanguage-"))).size(), 2);
    screen.setLanguage(QStringLiteral("ko"));  // not offered here
    QCOMPARE(screen.language(), QStringLiteral("en"));
}

QTEST_MAIN(TestCustomerScreen)
#include "tst_CustomerScreen.moc"
