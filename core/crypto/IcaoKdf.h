#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace madoguchi {

// The key derivation of ICAO Doc 9303-11 (passport.md §1, §3): K = H(secret ‖ counter as 4 bytes
// big-endian), with SHA-1 for 3DES and AES-128 keys and SHA-256 for AES-192/256, cut to the key
// size. Used by BAC, PACE and Chip Authentication, on the terminal's and the virtual chip's side.
class IcaoKdf
{
public:
    enum class Cipher
    {
        TripleDes,  // 16 bytes: Ka ‖ Kb, parity adjusted (§1: DES ignores the parity bits)
        Aes128,
        Aes192,
        Aes256,
    };
    static constexpr quint32 kEncryption = 1;
    static constexpr quint32 kMac = 2;
    static constexpr quint32 kPassword = 3;  // PACE: Kπ from the MRZ or CAN password (§3)

    static QByteArray derive(QByteArrayView secret, quint32 counter, Cipher cipher);
    static int keySize(Cipher cipher);
    // Sets the low bit of each byte so that it has an odd number of 1 bits.
    static QByteArray adjustParity(QByteArray key);
};

} // namespace madoguchi
