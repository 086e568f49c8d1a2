#include "ui/KioskSession.h"

#include "core/base/Logging.h"

namespace madoguchi {

void KioskSession::begin(const Purpose& purpose)
{
    end();
    m_purpose = purpose;
}

void KioskSession::setOutcome(CardReadOutcome outcome, const QDateTime& checkedAt)
{
    if (m_outcome)
        m_outcome->record.wipe();
    m_outcome = std::move(outcome);
    m_checkedAt = checkedAt;
}

void KioskSession::end()
{
    if (m_outcome)
        m_outcome->record.wipe();
    m_outcome.reset();
    for (FormPage& page : m_pages)
        page.data.wipe();
    m_pages.clear();
    if (m_purpose)
        qCInfo(lcSession) << "kiosk session ended";
    m_purpose.reset();
    m_checkedAt = {};
    m_revocationCheckedAt = {};
}

} // namespace madoguchi
