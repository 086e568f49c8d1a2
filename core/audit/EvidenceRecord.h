#pragma once

#include "core/audit/StaffConfirmation.h"
#include "core/cards/IdentityRecord.h"
#include "core/cards/Verification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace madoguchi {

// The record of an identity check (確認記録, 犯収法施行規則 第20条): who checked, when (date and
// time), which document by which method, every verification check and the trust anchor, whom
// (name, address, birth date) and for what purpose. A My Number card's individual number is masked
// unless the purpose is a 個人番号利用事務 (番号法 limits who may record it).
class EvidenceRecord
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRecord)

public:
    struct Context
    {
        QString operatorId;
        QString terminalId;
        QString purposeLabel;
        QDateTime checkedAt;
        QString language = QStringLiteral("ja");
        bool myNumberAllowed = false;  // the purpose is a 個人番号利用事務
        // When staff confirmed at the issuer's revocation inquiry that the card is not revoked;
        // invalid: not asked.
        QDateTime revocationCheckedAt = {};
        // What staff confirmed by looking (目視確認); unanswered when the sheet is made without it.
        StaffConfirmation confirmation = {};
        // The rule the check follows (Purpose::basis): the sheet's heading.
        QString purposeBasis = {};
        // The holder's items that rule requires recorded (Purpose::requiredItems).
        QStringList requiredItems = identifyingItems();
    };

    EvidenceRecord(const IdentityRecord& record, const Verification& verification, const Context& context);

    // The values by binding (check.*, holder.name/address/birthDate, document.*, purpose.label).
    const QMap<QString, QString>& values() const { return m_values; }
    // SHA-256 over the canonical JSON of values(), hex: printed on the sheet and in its QR code so a
    // copy can be compared later.
    const QString& digest() const { return m_digest; }

    // The holder's identifying items a basis can require (本人特定事項): their bindings.
    static QStringList identifyingItems();
    // Those of `required` that `record` does not hold, in identifyingItems() order.
    static QStringList missingItems(const IdentityRecord& record, const QStringList& required);
    // Whether `record` holds the item (holder.name, holder.address) as a card-face image only.
    static bool heldAsImage(const IdentityRecord& record, const QString& binding);
    // An item's name, e.g. 住居 / address.
    static QString itemWords(const QString& binding, const QString& language);

    static QString verdictWords(Verification::Verdict verdict, const QString& language);
    static QString validityWords(Verification::Validity validity, const QString& language);
    // check.revocation: whether anyone asked the issuer if the card was revoked, and when.
    static QString revocationWords(const Verification& verification, const QDateTime& checkedAt, const QString& language);

private:
    QMap<QString, QString> m_values;
    QString m_digest;
};

} // namespace madoguchi
