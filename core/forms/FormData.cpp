#include "core/forms/FormData.h"

#include <openssl/crypto.h>

namespace madoguchi {

void FormData::wipe()
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        if (!it.value().isEmpty())
            OPENSSL_cleanse(it.value().data(), size_t(it.value().size()) * sizeof(QChar));
    m_values.clear();
}

} // namespace madoguchi
