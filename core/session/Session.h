#pragma once

#include "core/crypto/SecureBytes.h"

#include <QString>

#include <map>

namespace madoguchi {

// The one owner of a customer's data during a visit: everything read from a card (file bytes,
// decoded text, images) is stored here under a neutral key such as "mynumber/text/0002", and
// nowhere else. end() wipes it all; so does the destructor.
class Session
{
public:
    Session() = default;
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    void store(const QString& key, SecureBytes bytes);
    // nullptr when absent or after end().
    const SecureBytes* find(const QString& key) const;
    qsizetype itemCount() const { return qsizetype(m_items.size()); }
    qsizetype byteCount() const;

    // Wipes every item. The session can be used again for the next customer.
    void end();

private:
    std::map<QString, SecureBytes> m_items;
};

} // namespace madoguchi
