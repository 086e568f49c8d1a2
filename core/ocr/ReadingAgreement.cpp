#include "core/ocr/ReadingAgreement.h"

namespace madoguchi {

std::optional<SecureBytes> ReadingAgreement::offer(const SecureBytes& value)
{
    if (m_count > 0 && m_last == value.view()) {
        ++m_count;
    } else {
        m_last = SecureBytes(value.view());
        m_count = 1;
    }
    if (m_count < m_needed)
        return std::nullopt;
    SecureBytes agreed(value.view());
    reset();
    return agreed;
}

void ReadingAgreement::reset()
{
    m_last = SecureBytes();
    m_count = 0;
}

} // namespace madoguchi
