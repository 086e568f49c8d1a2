#include "core/sim/SimTestPki.h"

#include "core/base/Logging.h"
#include "core/base/ResourceLocator.h"
#include "core/crypto/Rsa.h"
#include "core/crypto/X509KeyId.h"

#include <QFile>

#include <openssl/pem.h>

namespace madoguchi {
namespace {

std::shared_ptr<EVP_PKEY> privateKey(const char* name)
{
    const QString path = ResourceLocator::path(QStringLiteral("testpki/%1.key").arg(QLatin1String(name)));
    EvpPkeyPtr key = Rsa::readPrivatePem(path);
    if (!key)
        qCWarning(lcSim) << "test PKI key missing:" << path;
    return std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
}

QByteArray certificateDer(const char* name)
{
    QFile file(ResourceLocator::path(QStringLiteral("testpki/%1.pem").arg(QLatin1String(name))));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return {};
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert.get(), &der);
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray subjectKeyId(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &data, long(der.size())));
    return X509KeyId::subject(cert.get());
}

} // namespace

const SimTestPki& SimTestPki::instance()
{
    static const SimTestPki pki;
    return pki;
}

SimTestPki::SimTestPki()
    : myNumberTextCa(privateKey("mynumber-text-ca")),
      myNumberSurfaceCa(privateKey("mynumber-surface-ca")),
      myNumberTextAp(privateKey("mynumber-text-ap")),
      myNumberSurfaceAp(privateKey("mynumber-surface-ap")),
      myNumberCard(privateKey("mynumber-card")),
      myNumberCardClone(privateKey("mynumber-card-clone")),
      jpkiAuthCaDer(certificateDer("jpki-auth-ca")),
      jpkiCardAuthDer(certificateDer("jpki-card-auth")),
      licenceSigner(privateKey("licence-signer")),
      licenceSignerKeyId(subjectKeyId(certificateDer("licence-signer"))),
      residenceCard(privateKey("residence-card")),
      residenceCardDer(certificateDer("residence-card")),
      residenceCard2(privateKey("residence-card2")),
      residenceCard2Der(certificateDer("residence-card2")),
      residenceDelivery(privateKey("residence-delivery")),
      passportDs(privateKey("passport-ds")),
      passportDsDer(certificateDer("passport-ds")),
      passportDsSha1(privateKey("passport-ds-sha1")),
      passportDsSha1Der(certificateDer("passport-ds-sha1")),
      passportDsRogue(privateKey("passport-ds-rogue")),
      passportDsRogueDer(certificateDer("passport-ds-rogue")),
      passportAaRsa(privateKey("passport-aa-rsa")),
      passportAaEc(privateKey("passport-aa-ec")),
      passportAaClone(privateKey("passport-aa-clone")),
      passportChipCa(privateKey("passport-chip-ca"))
{
}

bool SimTestPki::isComplete() const
{
    return myNumberTextCa && myNumberSurfaceCa && myNumberTextAp && myNumberSurfaceAp && myNumberCard
           && myNumberCardClone && !jpkiAuthCaDer.isEmpty() && !jpkiCardAuthDer.isEmpty()
           && licenceSigner && !licenceSignerKeyId.isEmpty() && residenceCard && !residenceCardDer.isEmpty() && residenceCard2
           && !residenceCard2Der.isEmpty() && residenceDelivery && passportDs && !passportDsDer.isEmpty() && passportDsSha1 && !passportDsSha1Der.isEmpty()
           && passportDsRogue && !passportDsRogueDer.isEmpty() && passportAaRsa && passportAaEc && passportAaClone && passportChipCa;
}

} // namespace madoguchi
