#include "core/crypto/EcCurve.h"

#include "core/crypto/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/obj_mac.h>
#include <openssl/objects.h>

namespace madoguchi {
namespace {

using EcPointPtr = std::unique_ptr<EC_POINT, OpenSslDeleter<EC_POINT_clear_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, OpenSslDeleter<BN_CTX_free>>;
using ParamsPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM_free>>;

int nidOf(int parameterId)
{
    switch (parameterId) {
    case 8: return NID_X9_62_prime192v1;
    case 9: return NID_brainpoolP192r1;
    case 10: return NID_secp224r1;
    case 11: return NID_brainpoolP224r1;
    case 12: return NID_X9_62_prime256v1;
    case 13: return NID_brainpoolP256r1;
    case 14: return NID_brainpoolP320r1;
    case 15: return NID_secp384r1;
    case 16: return NID_brainpoolP384r1;
    case 17: return NID_brainpoolP512r1;
    case 18: return NID_secp521r1;
    default: return NID_undef;
    }
}

BignumPtr toBignum(QByteArrayView bytes)
{
    return BignumPtr(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()), int(bytes.size()), nullptr));
}

} // namespace

std::optional<EcCurve> EcCurve::byParameterId(int parameterId)
{
    const int nid = nidOf(parameterId);
    if (nid == NID_undef)
        return std::nullopt;
    EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
    if (!group)
        return std::nullopt;
    return EcCurve(std::shared_ptr<EC_GROUP>(group, EC_GROUP_free));
}

std::optional<EcCurve> EcCurve::ofKey(EVP_PKEY* key)
{
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return std::nullopt;
    OSSL_PARAM* raw = nullptr;
    if (EVP_PKEY_todata(key, EVP_PKEY_PUBLIC_KEY, &raw) != 1)
        return std::nullopt;
    ParamsPtr params(raw);
    EC_GROUP* group = EC_GROUP_new_from_params(params.get(), nullptr, nullptr);
    if (!group)
        return std::nullopt;
    return EcCurve(std::shared_ptr<EC_GROUP>(group, EC_GROUP_free));
}

QString EcCurve::name() const
{
    const int nid = EC_GROUP_get_curve_name(m_group.get());
    if (const char* nist = EC_curve_nid2nist(nid))
        return QString::fromLatin1(nist);
    const char* shortName = nid == NID_undef ? nullptr : OBJ_nid2sn(nid);
    return shortName ? QString::fromLatin1(shortName) : QStringLiteral("explicit curve");
}

int EcCurve::fieldSize() const
{
    return (EC_GROUP_get_degree(m_group.get()) + 7) / 8;
}

int EcCurve::orderSize() const
{
    return (EC_GROUP_order_bits(m_group.get()) + 7) / 8;
}

bool EcCurve::isValidPoint(QByteArrayView point) const
{
    EcPointPtr p(EC_POINT_new(m_group.get()));
    return p && !point.isEmpty() && quint8(point[0]) == 0x04
           && EC_POINT_oct2point(m_group.get(), p.get(), reinterpret_cast<const unsigned char*>(point.data()), size_t(point.size()), nullptr) == 1
           && EC_POINT_is_at_infinity(m_group.get(), p.get()) == 0 && EC_POINT_is_on_curve(m_group.get(), p.get(), nullptr) == 1;
}

namespace {

EcPointPtr decode(const EC_GROUP* group, QByteArrayView point)
{
    EcPointPtr p(EC_POINT_new(group));
    if (!p || point.isEmpty() || quint8(point[0]) != 0x04
        || EC_POINT_oct2point(group, p.get(), reinterpret_cast<const unsigned char*>(point.data()), size_t(point.size()), nullptr) != 1
        || EC_POINT_is_at_infinity(group, p.get()) == 1 || EC_POINT_is_on_curve(group, p.get(), nullptr) != 1)
        return {};
    return p;
}

QByteArray encode(const EC_GROUP* group, const EC_POINT* point)
{
    if (EC_POINT_is_at_infinity(group, point) == 1)
        return {};
    const size_t size = EC_POINT_point2oct(group, point, POINT_CONVERSION_UNCOMPRESSED, nullptr, 0, nullptr);
    QByteArray out(qsizetype(size), '\0');
    if (size == 0 || EC_POINT_point2oct(group, point, POINT_CONVERSION_UNCOMPRESSED, reinterpret_cast<unsigned char*>(out.data()), size, nullptr) != size)
        return {};
    return out;
}

} // namespace

QByteArray EcCurve::multiplyGenerator(QByteArrayView scalar) const
{
    BignumPtr k = toBignum(scalar);
    EcPointPtr r(EC_POINT_new(m_group.get()));
    if (!k || !r || BN_is_zero(k.get()) || EC_POINT_mul(m_group.get(), r.get(), k.get(), nullptr, nullptr, nullptr) != 1)
        return {};
    return encode(m_group.get(), r.get());
}

QByteArray EcCurve::multiply(QByteArrayView point, QByteArrayView scalar) const
{
    EcPointPtr p = decode(m_group.get(), point);
    BignumPtr k = toBignum(scalar);
    EcPointPtr r(EC_POINT_new(m_group.get()));
    if (!p || !k || !r || BN_is_zero(k.get()) || EC_POINT_mul(m_group.get(), r.get(), nullptr, p.get(), k.get(), nullptr) != 1)
        return {};
    return encode(m_group.get(), r.get());
}

QByteArray EcCurve::add(QByteArrayView a, QByteArrayView b) const
{
    EcPointPtr p = decode(m_group.get(), a);
    EcPointPtr q = decode(m_group.get(), b);
    EcPointPtr r(EC_POINT_new(m_group.get()));
    if (!p || !q || !r || EC_POINT_add(m_group.get(), r.get(), p.get(), q.get(), nullptr) != 1)
        return {};
    return encode(m_group.get(), r.get());
}

QByteArray EcCurve::randomScalar() const
{
    BignumPtr k(BN_new());
    const BIGNUM* order = EC_GROUP_get0_order(m_group.get());
    do {
        if (!k || BN_priv_rand_range(k.get(), order) != 1)
            return {};
    } while (BN_is_zero(k.get()));
    QByteArray out(orderSize(), '\0');
    BN_bn2binpad(k.get(), reinterpret_cast<unsigned char*>(out.data()), int(out.size()));
    return out;
}

QByteArray EcCurve::xCoordinate(QByteArrayView point) const
{
    if (!isValidPoint(point))
        return {};
    return point.sliced(1, fieldSize()).toByteArray();
}

QByteArray EcCurve::publicPoint(EVP_PKEY* key)
{
    size_t size = 0;
    if (!key || EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0, &size) != 1)
        return {};
    QByteArray out(qsizetype(size), '\0');
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, reinterpret_cast<unsigned char*>(out.data()), size, &size) != 1)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

QByteArray EcCurve::privateScalar(EVP_PKEY* key)
{
    BIGNUM* raw = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &raw) != 1)
        return {};
    BignumPtr k(raw);
    QByteArray out(BN_num_bytes(k.get()), '\0');
    BN_bn2bin(k.get(), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

} // namespace madoguchi
