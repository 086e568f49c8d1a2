#include "core/cards/mynumber/RsaKeyObjects.h"

#include "core/apdu/BerTlvReader.h"
#include "core/crypto/Rsa.h"

#include <QCoreApplication>

namespace madoguchi {

Result<std::shared_ptr<EVP_PKEY>, QString> RsaKeyObjects::parse(QByteArrayView objects)
{
    BerTlvReader reader(objects);
    auto exponent = reader.find(0x90);
    auto modulus = reader.find(0x91);
    if (!exponent || !modulus || modulus->value().size() < 128)
        return QCoreApplication::translate("RsaKeyObjects", "public key: exponent (90) or modulus (91) missing");
    EvpPkeyPtr key = Rsa::publicKey(modulus->value(), exponent->value());
    if (!key)
        return QCoreApplication::translate("RsaKeyObjects", "public key: not a usable RSA key");
    return std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
}

} // namespace madoguchi
