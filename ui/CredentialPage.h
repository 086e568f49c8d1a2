#pragma once

#include "core/cards/read/CardProbe.h"
#include "core/cards/read/CardReadRequest.h"
#include "ui/Keypad.h"
#include "ui/credential/CredentialForm.h"

#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QStackedWidget>
#include <QWidget>

namespace madoguchi {

class CustomerScreen;
class CredentialCamera;

// Step 3: the credential the card on the reader needs, asked by the form for its document
// (ui/credential/), with the tries left shown before entry. At one try left nothing can be entered
// and the customer is sent to where the card is reset.
class CredentialPage : public QWidget
{
    Q_OBJECT

public:
    // `customer`: the window on the customer's screen for the My Number PIN, or nullptr.
    // `camera`: reads credentials off the counter's camera (passport, My Number and residence card forms); null without one.
    CredentialPage(CustomerScreen* customer, CredentialCamera* camera, QWidget* parent = nullptr);

    // Shows the form for `probe`'s document, empty; `problem`: why the last entry was refused.
    void prepare(const CardProbe& probe, const QString& problem = {});
    // The card refused the credential: the form asks again with the counters the card reported.
    void refused(const CardReadOutcome::Credential& credential);
    const CardProbe& probe() const { return m_probe; }
    // The credential as entered, moved out (the fields are emptied).
    CardReadRequest takeRequest();
    void clear();
    void retranslate();

Q_SIGNALS:
    void submitted();
    void backRequested();

private:
    CredentialForm* form() const;
    void update();

    CardProbe m_probe;
    QMap<DocumentType, CredentialForm*> m_forms;
    QLabel* m_title;
    QLabel* m_tries;
    QLabel* m_problem;
    QLabel* m_stop;
    QStackedWidget* m_stack;
    Keypad* m_keypad;
    QPushButton* m_read;
    QPushButton* m_back;
};

} // namespace madoguchi
