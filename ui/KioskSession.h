#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/forms/FormPage.h"
#include "core/forms/Purpose.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace madoguchi {

// One customer's visit at the counter: the purpose, what the card gave, the filled forms. The only
// place the kiosk keeps customer data; end() overwrites and drops all of it.
class KioskSession
{
public:
    ~KioskSession() { end(); }

    void begin(const Purpose& purpose);
    bool isActive() const { return m_purpose.has_value(); }
    const Purpose& purpose() const { return *m_purpose; }

    void setOutcome(CardReadOutcome outcome, const QDateTime& checkedAt);
    const CardReadOutcome* outcome() const { return m_outcome ? &*m_outcome : nullptr; }
    const QDateTime& checkedAt() const { return m_checkedAt; }

    // Staff asked the issuer's revocation inquiry and found the card not revoked, at this time;
    // invalid: not asked (the record says 「未実施」).
    void setRevocationCheckedAt(const QDateTime& at) { m_revocationCheckedAt = at; }
    const QDateTime& revocationCheckedAt() const { return m_revocationCheckedAt; }

    void setPages(QList<FormPage> pages) { m_pages = std::move(pages); }
    const QList<FormPage>& pages() const { return m_pages; }

    void end();

private:
    std::optional<Purpose> m_purpose;
    std::optional<CardReadOutcome> m_outcome;
    QDateTime m_checkedAt;
    QDateTime m_revocationCheckedAt;
    QList<FormPage> m_pages;
};

} // namespace madoguchi
