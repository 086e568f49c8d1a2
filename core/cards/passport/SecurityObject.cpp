#include "core/cards/passport/SecurityObject.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/crypto/Asn1Time.h"
#include "core/crypto/OpenSslPtr.h"

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/objects.h>

namespace madoguchi {
namespace {

using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;

// passport.md §5: id-icao-ldsSecurityObject 2.23.136.1.1.1.
const QByteArray kLdsSecurityObject = QByteArray::fromHex("678108010101");

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray derOf(const ASN1_OBJECT* object)
{
    return QByteArray(reinterpret_cast<const char*>(OBJ_get0_data(object)), qsizetype(OBJ_length(object)));
}

// LDSSecurityObject ::= SEQUENCE { version, hashAlgorithm AlgorithmIdentifier, dataGroupHashValues
// SEQUENCE OF { dataGroupNumber INTEGER, dataGroupHashValue OCTET STRING }, ldsVersionInfo OPTIONAL }
Result<bool, QString> parseContent(QByteArrayView content, QMap<int, QByteArray>& hashes, const EVP_MD*& digest)
{
    auto sequence = BerTlv::parse(content);
    if (!sequence || sequence->tag() != 0x30)
        return QStringLiteral("the LDS security object is not a SEQUENCE");
    BerTlvReader parts = sequence->children();
    auto version = parts.next();
    auto algorithm = parts.next();
    auto values = parts.next();
    if (!version || version->tag() != 0x02 || !algorithm || algorithm->tag() != 0x30 || !values || values->tag() != 0x30)
        return QStringLiteral("the LDS security object lacks its version, hash algorithm or hash values");
    auto oid = algorithm->children().next();
    if (!oid || oid->tag() != 0x06)
        return QStringLiteral("the hash algorithm has no OID");
    const QByteArray oidDer = QByteArray(1, 0x06) + QByteArray(1, char(oid->value().size())) + oid->value().toByteArray();
    const auto* bytes = reinterpret_cast<const unsigned char*>(oidDer.constData());
    ASN1_OBJECT* object = d2i_ASN1_OBJECT(nullptr, &bytes, long(oidDer.size()));
    digest = object ? EVP_get_digestbyobj(object) : nullptr;
    ASN1_OBJECT_free(object);
    if (!digest)
        return QStringLiteral("unknown hash algorithm in the LDS security object");
    BerTlvReader entries = values->children();
    while (!entries.atEnd()) {
        auto entry = entries.next();
        if (!entry || entry->tag() != 0x30)
            return QStringLiteral("a data-group hash is not a SEQUENCE");
        BerTlvReader fields = entry->children();
        auto number = fields.next();
        auto hash = fields.next();
        if (!number || number->tag() != 0x02 || number->value().size() != 1 || !hash || hash->tag() != 0x04)
            return QStringLiteral("a data-group hash is malformed");
        const int group = quint8(number->value()[0]);
        if (group < 1 || group > 16 || hashes.contains(group))
            return QStringLiteral("data-group number %1 is out of range or repeated").arg(group);
        hashes.insert(group, hash->value().toByteArray());
    }
    return true;
}

} // namespace

QString SecurityObject::digestName() const
{
    return m_digest ? QString::fromLatin1(EVP_MD_get0_name(m_digest)) : QString();
}

Result<SecurityObject, QString> SecurityObject::parse(QByteArrayView sod)
{
    auto outer = BerTlv::parse(sod);
    if (!outer || outer->tag() != 0x77)
        return tr("EF.SOD does not start with 77");
    const QByteArrayView der = outer->value();
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.data());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &bytes, long(der.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        return tr("EF.SOD is not a CMS SignedData");
    }
    if (derOf(CMS_get0_eContentType(cms.get())) != kLdsSecurityObject)
        return tr("EF.SOD does not hold an LDS security object");
    ASN1_OCTET_STRING** content = CMS_get0_content(cms.get());
    if (!content || !*content)
        return tr("EF.SOD holds no LDS security object");
    SecurityObject out;
    auto parsed = parseContent(QByteArrayView(reinterpret_cast<const char*>(ASN1_STRING_get0_data(*content)), ASN1_STRING_length(*content)),
                               out.m_hashes, out.m_digest);
    if (!parsed)
        //: %1: what is wrong with EF.SOD (the document security object).
        return tr("EF.SOD: %1").arg(parsed.error());

    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms.get());
    if (!signers || sk_CMS_SignerInfo_num(signers) != 1)
        return tr("EF.SOD has %1 signers, not one").arg(signers ? sk_CMS_SignerInfo_num(signers) : 0);
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(signers, 0);
    STACK_OF(X509)* certificates = CMS_get1_certs(cms.get());
    for (int i = 0; certificates && i < sk_X509_num(certificates); ++i) {
        X509* certificate = sk_X509_value(certificates, i);
        if (CMS_SignerInfo_cert_cmp(signer, certificate) == 0) {
            unsigned char* encoded = nullptr;
            const int length = i2d_X509(certificate, &encoded);
            if (length > 0)
                out.m_signer = QByteArray(reinterpret_cast<const char*>(encoded), length);
            OPENSSL_free(encoded);
        }
    }
    sk_X509_pop_free(certificates, X509_free);
    const int timeIndex = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (timeIndex >= 0) {
        const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, timeIndex), 0);
        if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)) {
            const QDateTime time = Asn1Time::toDateTime(value->value.asn1_string);
            if (time.isValid())
                out.m_signingTime = time;
        }
    }
    if (out.m_signer.isEmpty()) {
        out.m_signatureError = tr("EF.SOD carries no document signer certificate");
        return out;
    }
    // The signature and the message digest of the signed attributes; the chain is checked by the
    // reader against the CSCA anchors at the signing time (§5 check 4).
    BioPtr result(BIO_new(BIO_s_mem()));
    ERR_clear_error();
    out.m_signatureValid = CMS_verify(cms.get(), nullptr, nullptr, nullptr, result.get(), CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) == 1;
    if (!out.m_signatureValid)
        out.m_signatureError = openSslError();
    return out;
}

} // namespace madoguchi
