#include "core/crypto/IcaoKdf.h"

#include <QCryptographicHash>

#include <bit>

namespace madoguchi {

int IcaoKdf::keySize(Cipher cipher)
{
    switch (cipher) {
    case Cipher::TripleDes:
    case Cipher::Aes128: return 16;
    case Cipher::Aes192: return 24;
    case Cipher::Aes256: return 32;
    }
    return 0;
}

QByteArray IcaoKdf::derive(QByteArrayView secret, quint32 counter, Cipher cipher)
{
    const bool sha256 = cipher == Cipher::Aes192 || cipher == Cipher::Aes256;
    QCryptographicHash hash(sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1);
    hash.addData(secret);
    const char c[4] = {char(counter >> 24), char(counter >> 16), char(counter >> 8), char(counter)};
    hash.addData(QByteArrayView(c, 4));
    QByteArray key = hash.result().left(keySize(cipher));
    return cipher == Cipher::TripleDes ? adjustParity(std::move(key)) : key;
}

QByteArray IcaoKdf::adjustParity(QByteArray key)
{
    for (char& byte : key) {
        const auto value = quint8(byte);
        if (std::popcount(quint8(value & 0xFE)) % 2 == 0)
            byte = char(value | 0x01);
        else
            byte = char(value & 0xFE);
    }
    return key;
}

} // namespace madoguchi
