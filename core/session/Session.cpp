#include "core/session/Session.h"

#include "core/base/Logging.h"

namespace madoguchi {

Session::~Session()
{
    end();
}

void Session::store(const QString& key, SecureBytes bytes)
{
    m_items.insert_or_assign(key, std::move(bytes));
}

const SecureBytes* Session::find(const QString& key) const
{
    const auto it = m_items.find(key);
    return it == m_items.end() ? nullptr : &it->second;
}

qsizetype Session::byteCount() const
{
    qsizetype total = 0;
    for (const auto& [key, bytes] : m_items)
        total += bytes.size();
    return total;
}

void Session::end()
{
    if (m_items.empty())
        return;
    qCInfo(lcSession) << "session ended:" << m_items.size() << "items wiped";
    for (auto& [key, bytes] : m_items)
        bytes.wipe();
    m_items.clear();
}

} // namespace madoguchi
