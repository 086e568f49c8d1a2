#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace madoguchi {

// Base45 (RFC 9285): bytes as the 45 characters of a QR code's alphanumeric mode, so that binary
// data (a signed record) fills the code at 5.5 bits a character instead of 8 bits a byte.
class Base45
{
public:
    static QByteArray encode(QByteArrayView bytes);
    // nullopt for a character outside the alphabet, a value above 65535 (or 255 for a final pair),
    // or a length of 3n + 1.
    static std::optional<QByteArray> decode(QByteArrayView text);
};

} // namespace madoguchi
