#pragma once

#include "core/cards/Verification.h"

#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QWidget>

namespace madoguchi {

// Revocation stated, not implied: for a card whose issuer answers revocation inquiries only online
// (a residence card: the ISA's 在留カード等番号失効情報照会), where staff can ask — the page as text
// and QR code for their phone or another PC — and one tick to record that they asked and the card
// is not revoked (the record prints the time; unticked, it prints 「未実施」). Hidden for cards
// without such an inquiry. The terminal itself never goes online.
class RevocationPanel : public QWidget
{
    Q_OBJECT

public:
    RevocationPanel(const QString& url, QWidget* parent = nullptr);

    // Shows the panel when `verification` holds the ISA revocation check, unticked.
    void show(const Verification& verification);
    void clear();
    void retranslate();

Q_SIGNALS:
    // Ticked (the time it was ticked) or unticked (an invalid time).
    void checkedChanged(const QDateTime& at);

private:
    QString m_url;
    QLabel* m_qr;
    QLabel* m_text;
    QCheckBox* m_checked;
};

} // namespace madoguchi
