#include "core/crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <cstring>

namespace madoguchi {

SecureBytes::SecureBytes(QByteArrayView bytes)
{
    append(bytes);
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes out(source);
    if (!source.isEmpty())
        OPENSSL_cleanse(source.data(), size_t(source.size()));  // data() detaches a shared buffer first
    return out;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::move(other.m_data)), m_size(other.m_size), m_capacity(other.m_capacity)
{
    other.m_size = 0;
    other.m_capacity = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_size = 0;
        other.m_capacity = 0;
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(view());
}

void SecureBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_size + bytes.size() > m_capacity)
        reserve(std::max(m_size + bytes.size(), m_capacity * 2));
    std::memcpy(m_data.get() + m_size, bytes.data(), size_t(bytes.size()));
    m_size += bytes.size();
}

void SecureBytes::reserve(qsizetype capacity)
{
    auto grown = std::make_unique<char[]>(size_t(capacity));
    if (m_size > 0)
        std::memcpy(grown.get(), m_data.get(), size_t(m_size));
    const qsizetype size = m_size;
    wipe();
    m_data = std::move(grown);
    m_size = size;
    m_capacity = capacity;
}

void SecureBytes::wipe()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), size_t(m_capacity));
    m_data.reset();
    m_size = 0;
    m_capacity = 0;
}

} // namespace madoguchi
