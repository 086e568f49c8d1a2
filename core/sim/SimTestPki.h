#pragma once

#include "core/crypto/OpenSslPtr.h"

#include <QByteArray>

#include <memory>

namespace madoguchi {

// The simulator's own test PKI (resources/testpki): the keys virtual cards sign with and the
// certificates they carry. Their public halves are test anchors (resources/trust-test), which never
// make a verdict "genuine".
class SimTestPki
{
public:
    static const SimTestPki& instance();

    std::shared_ptr<EVP_PKEY> myNumberTextCa;     // issuer "9000033/001"
    std::shared_ptr<EVP_PKEY> myNumberSurfaceCa;  // issuer "9000023/001"
    std::shared_ptr<EVP_PKEY> myNumberTextAp;     // certified by the text AP's CVC (EF 0004)
    std::shared_ptr<EVP_PKEY> myNumberSurfaceAp;  // certified by the 券面AP's CVC (EF 0004)
    std::shared_ptr<EVP_PKEY> myNumberCard;       // the chip's own key (80 2A)
    std::shared_ptr<EVP_PKEY> myNumberCardClone;  // another chip's key: the cloned-card fault
    QByteArray jpkiAuthCaDer;
    QByteArray jpkiCardAuthDer;
    std::shared_ptr<EVP_PKEY> licenceSigner;  // signs virtual licences (DF1/EF07)
    QByteArray licenceSignerKeyId;            // the subject key identifier of its certificate
    // Residence cards: the card's key and certificate (DF3), under the test ZairyuCard CA (RSA,
    // first generation) and the test ZairyuCard CA2 (P-384, second generation).
    std::shared_ptr<EVP_PKEY> residenceCard;
    QByteArray residenceCardDer;
    std::shared_ptr<EVP_PKEY> residenceCard2;
    QByteArray residenceCard2Der;
    // 07/08 cards: the delivery key pair of the 在留 AP's SET SESSION KEY (residence-card-0708.md §4:
    // the ISA publishes only public keys, so a virtual card has its own). Public half in
    // resources/trust-test/residence-card/delivery.
    std::shared_ptr<EVP_PKEY> residenceDelivery;

    // Passports: the document signers (test CSCA P-384 → DS P-256; test CSCA RSA → a 2016 SHA-1 DS),
    // a self-signed DS under no CSCA, the chips' Active Authentication keys (RSA-1024, P-256, and
    // another RSA key for the cloned-chip fault) and the Chip Authentication key (brainpoolP256r1).
    std::shared_ptr<EVP_PKEY> passportDs;
    QByteArray passportDsDer;
    std::shared_ptr<EVP_PKEY> passportDsSha1;
    QByteArray passportDsSha1Der;
    std::shared_ptr<EVP_PKEY> passportDsRogue;
    QByteArray passportDsRogueDer;
    std::shared_ptr<EVP_PKEY> passportAaRsa;
    std::shared_ptr<EVP_PKEY> passportAaEc;
    std::shared_ptr<EVP_PKEY> passportAaClone;
    std::shared_ptr<EVP_PKEY> passportChipCa;

    bool isComplete() const;

private:
    SimTestPki();
};

} // namespace madoguchi
