#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/cards/read/CardProbe.h"
#include "core/cards/read/CardReadRequest.h"

#include <QLineEdit>
#include <QWidget>

namespace madoguchi {

// What step 3 asks for one kind of document (as KeePassXC's database-key components): the
// CredentialPage shows one form at a time, chosen by the probe's document, around its own title,
// tries line, problem line, last-try stop, keypad and buttons. A new card kind is one new form.
class CredentialForm : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Sets the form up, empty, for the card `probe` found.
    virtual void prepare(const CardProbe& probe) = 0;
    // The sentence for staff when the card refused what was entered; empty when it was accepted.
    virtual QString refusal(const CardReadOutcome::Credential& credential) const = 0;
    // The credential as entered, moved into a request; the fields are emptied.
    virtual CardReadRequest takeRequest() = 0;

    virtual QString title() const = 0;
    // The retry counters, shown before any entry; empty for credentials without one.
    virtual QString triesText() const { return {}; }
    // Set when nothing may be entered (one try left, or blocked): the sentence that says why and
    // where the customer goes. Credentials without a counter never stop.
    virtual QString stopText() const { return {}; }
    virtual bool isComplete() const = 0;
    // The field the keypad types into first; nullptr when nothing is typed here.
    virtual QLineEdit* firstField() const = 0;
    // Where the focus starts: the first field, unless a scanner types elsewhere.
    virtual QWidget* focusField() const { return firstField(); }
    virtual void clear() = 0;
    virtual void retranslate() = 0;

Q_SIGNALS:
    // What was entered changed: the page checks isComplete() again.
    void changed();
    // `field` is complete and hands the keypad and the focus on to the next one.
    void advanced(QLineEdit* next);
    // The credential was entered elsewhere (the customer's screen): read now.
    void submitted();
};

} // namespace madoguchi
