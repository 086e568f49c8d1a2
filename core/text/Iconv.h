#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <iconv.h>
#include <optional>

namespace madoguchi {

// One glibc iconv converter for the lifetime of one call (descriptors are not safe to share
// between threads). All or nothing: a byte sequence that does not convert gives no result at all,
// never a partial or substituted one.
class Iconv
{
public:
    Iconv(const char* to, const char* from) : m_cd(iconv_open(to, from)) {}
    ~Iconv();
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;

    // The whole of `in` converted, or nullopt when any of it cannot be (or the encoding is unknown).
    std::optional<QByteArray> convert(QByteArrayView in) const;

private:
    iconv_t m_cd;
};

} // namespace madoguchi
