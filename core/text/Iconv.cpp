#include "core/text/Iconv.h"

namespace madoguchi {

Iconv::~Iconv()
{
    if (m_cd != iconv_t(-1))
        iconv_close(m_cd);
}

std::optional<QByteArray> Iconv::convert(QByteArrayView in) const
{
    if (m_cd == iconv_t(-1))
        return std::nullopt;
    iconv(m_cd, nullptr, nullptr, nullptr, nullptr);
    QByteArray out(in.size() * 4 + 8, '\0');
    char* inPtr = const_cast<char*>(in.data());
    size_t inLeft = size_t(in.size());
    char* outPtr = out.data();
    size_t outLeft = size_t(out.size());
    if (iconv(m_cd, &inPtr, &inLeft, &outPtr, &outLeft) == size_t(-1) || inLeft != 0)
        return std::nullopt;
    // Flush any shift state the target encoding keeps.
    if (iconv(m_cd, nullptr, nullptr, &outPtr, &outLeft) == size_t(-1))
        return std::nullopt;
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

} // namespace madoguchi
