#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

#include <openssl/ec.h>
#include <openssl/evp.h>

namespace madoguchi {

// Elliptic-curve arithmetic for PACE (generic mapping) and Chip Authentication (passport.md §3, §5):
// points as uncompressed octet strings 04 ‖ X ‖ Y, scalars as big-endian bytes. Every operation
// rejects a point that is not on the curve (or is the point at infinity) with an empty result.
class EcCurve
{
public:
    // The standardized domain parameters of ICAO 9303-11 / BSI TR-03110 (passport.md §3): 8 P-192,
    // 9 brainpoolP192r1, 10 P-224, 11 brainpoolP224r1, 12 P-256, 13 brainpoolP256r1, 14 brainpoolP320r1,
    // 15 P-384, 16 brainpoolP384r1, 17 brainpoolP512r1, 18 P-521.
    static std::optional<EcCurve> byParameterId(int parameterId);
    // The curve of an EC public or private key (named or with explicit parameters).
    static std::optional<EcCurve> ofKey(EVP_PKEY* key);

    // "P-256", "brainpoolP256r1" …: the NIST name where there is one, else OpenSSL's short name.
    QString name() const;
    int fieldSize() const;  // bytes of one coordinate
    int orderSize() const;  // bytes of a scalar

    bool isValidPoint(QByteArrayView point) const;
    // scalar · G, scalar · point, a + b; empty when an input is invalid.
    QByteArray multiplyGenerator(QByteArrayView scalar) const;
    QByteArray multiply(QByteArrayView point, QByteArrayView scalar) const;
    QByteArray add(QByteArrayView a, QByteArrayView b) const;
    // A scalar in [1, order − 1] from OpenSSL's DRBG.
    QByteArray randomScalar() const;
    // The x-coordinate of `point`, fieldSize() bytes.
    QByteArray xCoordinate(QByteArrayView point) const;
    // The public point of an EC key.
    static QByteArray publicPoint(EVP_PKEY* key);
    // The private scalar of an EC key (for the virtual chip).
    static QByteArray privateScalar(EVP_PKEY* key);

private:
    explicit EcCurve(std::shared_ptr<EC_GROUP> group) : m_group(std::move(group)) {}

    std::shared_ptr<EC_GROUP> m_group;
};

} // namespace madoguchi
