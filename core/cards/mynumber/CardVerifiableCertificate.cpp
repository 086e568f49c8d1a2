#include "core/cards/mynumber/CardVerifiableCertificate.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/cards/mynumber/RsaKeyObjects.h"
#include "core/crypto/Rsa.h"

namespace madoguchi {

Result<CardVerifiableCertificate, QString> CardVerifiableCertificate::parse(QByteArrayView file)
{
    auto outer = BerTlv::parse(file);
    if (!outer || outer->tag() != 0x7F21)
        return tr("certificate file: no 7F21 object");
    BerTlvReader children = outer->children();
    auto body = children.find(0x5F4E);
    auto signature = children.find(0x5F37);
    if (!body || !signature)
        return tr("certificate: body (5F4E) or signature (5F37) missing");
    constexpr qsizetype kKeyIdSize = 16;
    if (body->value().size() < 2 * kKeyIdSize)
        return tr("certificate body too short");
    CardVerifiableCertificate cvc;
    cvc.m_body = body->value().toByteArray();
    cvc.m_signature = signature->value().toByteArray();
    cvc.m_issuerKeyId = cvc.m_body.left(kKeyIdSize);
    cvc.m_subjectKeyId = cvc.m_body.mid(kKeyIdSize, kKeyIdSize);
    auto key = RsaKeyObjects::parse(QByteArrayView(cvc.m_body).sliced(2 * kKeyIdSize));
    if (!key)
        return key.error();
    cvc.m_publicKey = *key;
    return cvc;
}

bool CardVerifiableCertificate::verifyWith(EVP_PKEY* issuerKey) const
{
    return Rsa::verifySha256(issuerKey, m_body, m_signature);
}

QString CardVerifiableCertificate::keyIdText(const QByteArray& keyId)
{
    if (keyId.size() < 12)
        return QString::fromLatin1(keyId.toHex().toUpper());
    return QString::fromLatin1(keyId.left(7)) + QLatin1Char('/') + QString::fromLatin1(keyId.mid(9, 3));
}

} // namespace madoguchi
