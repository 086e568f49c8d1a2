#include "core/crypto/X509KeyId.h"

#include <openssl/x509v3.h>

namespace madoguchi {
namespace {

QByteArray octets(const ASN1_OCTET_STRING* string)
{
    return string ? QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(string)),
                               ASN1_STRING_length(string))
                  : QByteArray();
}

} // namespace

QByteArray X509KeyId::subject(X509* certificate)
{
    return certificate ? octets(X509_get0_subject_key_id(certificate)) : QByteArray();
}

QByteArray X509KeyId::authority(X509* certificate)
{
    return certificate ? octets(X509_get0_authority_key_id(certificate)) : QByteArray();
}

} // namespace madoguchi
