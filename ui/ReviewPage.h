#pragma once

#include "core/cards/CardReadOutcome.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QWidget>

namespace madoguchi {

// The verified face large beside the text, one verdict banner (genuine / not genuine / could not
// verify) and the named checks to expand.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);
    void showOutcome(const CardReadOutcome& outcome, const QString& language);
    void clear();
    void retranslate();

Q_SIGNALS:
    void printRequested();
    void finishRequested();

private:
    void showCardImages(const IdentityRecord& record);
    static QString counterText(const CardReadOutcome::Credential::Counter& counter);
    // A residence card's chip-only items, in words, for the lines near the name.
    static QStringList residenceLines(const IdentityRecord& record, const QString& language);
    QLabel* m_banner;
    QLabel* m_face;
    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_warning;
    QLabel* m_cardImages;  // residence cards: front (first generation), name and address (second)
    QTreeWidget* m_checks;
    QPushButton* m_print;
    QPushButton* m_finish;
    int m_verdict = -1;
    bool m_onlyTestAnchors = false;  // every check passed, against test anchors only
};

} // namespace madoguchi
