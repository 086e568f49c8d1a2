#pragma once

#include "core/cards/CardReadOutcome.h"
#include "ui/ConfirmationPanel.h"
#include "ui/RevocationPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QWidget>

namespace madoguchi {

// The verified face large beside the text, one verdict banner (genuine / not genuine / could not
// verify, with the validity beside a genuine card's: expired is not forged), where to ask about
// revocation (RevocationPanel), and the named checks to expand.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    // `revocationUrl`: where staff ask whether a residence card was revoked (madoguchi.conf).
    explicit ReviewPage(const QString& revocationUrl, QWidget* parent = nullptr);
    // `requiredItems`: the holder's items the purpose's basis requires (Purpose::requiredItems); one
    // the document does not hold is said, with what to do.
    void showOutcome(const CardReadOutcome& outcome, const QString& language, const QStringList& requiredItems = {});
    // What staff confirmed by looking (目視確認); printing waits for both answers.
    StaffConfirmation confirmation() const { return m_confirmation->confirmation(); }
    void clear();
    void retranslate();

Q_SIGNALS:
    void printRequested();
    void finishRequested();
    // Staff recorded (or took back) that they asked the revocation inquiry.
    void revocationChecked(const QDateTime& at);

private:
    void showCardImages(const IdentityRecord& record);
    // The print button: after both confirmations; to the record alone when they doubt.
    void updatePrint();
    static QString counterText(const CardReadOutcome::Credential::Counter& counter);
    // A residence card's chip-only items, in words, for the lines near the name.
    static QStringList residenceLines(const IdentityRecord& record, const QString& language);
    QLabel* m_banner;
    QLabel* m_face;
    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_warning;
    QLabel* m_cardImages;  // residence cards: front (first generation), name and address (second)
    RevocationPanel* m_revocation;
    ConfirmationPanel* m_confirmation;
    QTreeWidget* m_checks;
    QPushButton* m_print;
    QPushButton* m_finish;
    int m_verdict = -1;
    int m_validity = -1;
    bool m_onlyTestAnchors = false;  // every authenticity check passed, against test anchors only
};

} // namespace madoguchi
