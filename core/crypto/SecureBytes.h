#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace madoguchi {

// A byte buffer for customer data and secrets: wiped with OPENSSL_cleanse when freed, shrunk or
// grown, and never copied implicitly (clone() says so where a copy is meant).
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    // Copies `source` and overwrites it with zeros: for bytes that arrived in an ordinary QByteArray
    // (an APDU response) and must not stay there. Only `source`'s own buffer is wiped: keep no other
    // shallow copy of it.
    static SecureBytes takeFrom(QByteArray& source);

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    SecureBytes clone() const;

    QByteArrayView view() const { return {m_data.get(), m_size}; }
    const char* data() const { return m_data.get(); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    void append(QByteArrayView bytes);
    // Cleanses and frees the buffer; the object is empty afterwards.
    void wipe();

    friend bool operator==(const SecureBytes& a, QByteArrayView b) { return a.view() == b; }

private:
    void reserve(qsizetype capacity);

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace madoguchi
