#include "core/audit/Base45.h"

namespace madoguchi {
namespace {

// RFC 9285 §4: the alphabet, in value order.
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(char c)
{
    for (int i = 0; i < 45; ++i)
        if (kAlphabet[i] == c)
            return i;
    return -1;
}

} // namespace

QByteArray Base45::encode(QByteArrayView bytes)
{
    // §4: each pair of bytes a·256 + b = c + d·45 + e·45² → c d e; a last single byte → c d.
    QByteArray out;
    out.reserve((bytes.size() / 2) * 3 + 2);
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        int n = quint8(bytes[i]) * 256 + quint8(bytes[i + 1]);
        for (int k = 0; k < 3; ++k, n /= 45)
            out.append(kAlphabet[n % 45]);
    }
    if (i < bytes.size()) {
        const int n = quint8(bytes[i]);
        out.append(kAlphabet[n % 45]).append(kAlphabet[n / 45]);
    }
    return out;
}

std::optional<QByteArray> Base45::decode(QByteArrayView text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype chunk = std::min<qsizetype>(3, text.size() - i);
        int n = 0;
        for (qsizetype k = chunk - 1; k >= 0; --k) {
            const int v = valueOf(text[i + k]);
            if (v < 0)
                return std::nullopt;
            n = n * 45 + v;
        }
        if (chunk == 3) {
            if (n > 0xFFFF)
                return std::nullopt;
            out.append(char(n >> 8)).append(char(n & 0xFF));
        } else {
            if (n > 0xFF)
                return std::nullopt;
            out.append(char(n));
        }
    }
    return out;
}

} // namespace madoguchi
