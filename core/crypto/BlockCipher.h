#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace madoguchi {

// The symmetric primitives of the card protocols (residence-card.md §B2, §B4; passport.md): CBC
// without padding of its own (callers pad), ISO/IEC 9797-1 padding method 2, the retail MAC
// (ISO/IEC 9797-1 MAC algorithm 3 with DES) and AES-CMAC. Keys and data are plain bytes; a wrong
// key or data size gives an empty result, never a partial one.
class BlockCipher
{
public:
    enum class Algorithm
    {
        TripleDes,  // two-key 3DES (16-byte key: K1 ‖ K2, EDE with K1, K2, K1)
        Aes,        // AES-128/192/256 by key size
    };

    static int blockSize(Algorithm algorithm);
    // CBC; `iv` empty means a zero IV. `data` must be a whole number of blocks.
    static QByteArray encryptCbc(Algorithm algorithm, QByteArrayView key, QByteArrayView data, QByteArrayView iv = {});
    static QByteArray decryptCbc(Algorithm algorithm, QByteArrayView key, QByteArrayView data, QByteArrayView iv = {});

    // ISO/IEC 9797-1 padding method 2: 80, then 00 up to the next block boundary (a whole block
    // when the data already ends on one).
    static QByteArray pad(QByteArrayView data, int blockSize);
    // The data before the 80 of method 2; nullopt when the padding is not there.
    static std::optional<QByteArray> unpad(QByteArrayView data);

    // ISO/IEC 9797-1 MAC algorithm 3 over `data` padded with method 2: single DES with K1 along the
    // CBC chain, then decrypt with K2 and encrypt with K1 on the last block. 8 bytes.
    static QByteArray retailMac(QByteArrayView key, QByteArrayView data);
    // AES-CMAC (NIST SP 800-38B), all 16 bytes; the protocols truncate.
    static QByteArray aesCmac(QByteArrayView key, QByteArrayView data);
};

} // namespace madoguchi
