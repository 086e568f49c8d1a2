#include "core/cards/residence/ResidenceChecks.h"

#include "core/crypto/Ecdsa.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/Rsa.h"
#include "core/crypto/X509Chain.h"
#include "core/crypto/X509KeyId.h"

namespace madoguchi {
namespace {

using R = Verification::Result;

} // namespace

Verification::Aspect ResidenceChecks::aspectOf(const QString& check)
{
    return check == kCardExpiry || check == kPeriodOfStay ? Verification::Aspect::Validity : Verification::Aspect::Authenticity;
}

void ResidenceChecks::revocation(Verification& verification)
{
    //: Residence cards: revocation (失効) is known only online; the review shows the ISA's inquiry page.
    verification.add(kRevocation, Verification::Result::NotChecked,
                     tr("whether the Immigration Services Agency has revoked this card is known only online, at its 在留カード等番号失効情報照会 "
                        "(card number and expiry date); this terminal works offline and did not ask"),
                     Verification::Aspect::Revocation);
}

void ResidenceChecks::signature(Verification& verification, const TrustStore& trust, const ResidenceSignatureFile& file, Algorithm algorithm,
                                const QByteArray& signedData, const QString& covers, const QDateTime& now)
{
    if (file.signature.isEmpty() || file.certificate.isEmpty()) {
        // §B1 [U]: cards issued under 16 without a photo are expected to carry no signature.
        const QString why = tr("the card carries no signature (as expected of a card issued without photo under 16): "
                               "compare the card face with the holder");
        verification.add(kCertificate, R::NotChecked, why);
        verification.add(kSignature, R::NotChecked, why);
        return;
    }
    // The certificate is zero-padded to its field's size: DER says where it ends.
    const auto* p = reinterpret_cast<const unsigned char*>(file.certificate.constData());
    const X509Ptr certificate(d2i_X509(nullptr, &p, long(file.certificate.size())));
    if (!certificate) {
        verification.add(kCertificate, R::Fail, tr("the card certificate is not readable"));
        verification.add(kSignature, R::NotChecked, tr("no key to check the signature with"));
        return;
    }
    const QByteArray der = file.certificate.left(qsizetype(p - reinterpret_cast<const unsigned char*>(file.certificate.constData())));

    // §B3: the root by its key identifier.
    const QByteArray authorityKeyId = X509KeyId::authority(certificate.get());
    QList<const TrustAnchor*> anchors;
    for (const TrustAnchor* anchor : trust.certificates(kFamily))
        if (authorityKeyId.isEmpty() || anchor->subjectKeyId == authorityKeyId)
            anchors.append(anchor);
    const QString keyId = QString::fromLatin1(authorityKeyId.toHex().toUpper());
    if (anchors.isEmpty()) {
        verification.add(kCertificate, R::NotChecked,
                         tr("the issuing ZairyuCard CA (key %1) is not installed; add it from the Immigration Services Agency's "
                            "page to resources/trust/residence-card").arg(keyId));
    } else {
        const X509Chain::Outcome chain = X509Chain::verify(der, {}, anchors, now);
        if (chain.anchor)
            verification.addAnchor(chain.anchor->label(), chain.anchor->production);
        if (chain.valid)
            //: %1: the ZairyuCard CA that issued the card certificate.
            verification.add(kCertificate, R::Pass, tr("card certificate issued by %1").arg(chain.anchor->label()));
        else if (chain.issuerMissing)
            //: %1: the issuer (DN) named in the card certificate; %2 its key identifier.
            verification.add(kCertificate, R::NotChecked, tr("the card certificate's issuer %1 (key %2) is not installed").arg(chain.missingIssuer, keyId));
        else
            //: %1: the ZairyuCard CA; %2: why the chain failed.
            verification.add(kCertificate, R::Fail, tr("the card certificate does not chain to %1: %2").arg(keyId, chain.error));
    }

    const EvpPkeyPtr key(X509_get_pubkey(certificate.get()));
    const bool good = algorithm == Algorithm::RsaSha256 ? Rsa::verifySha256(key.get(), signedData, file.signature)
                                                        : Ecdsa::verifySha256(key.get(), signedData, file.signature);
    if (good)
        //: %1: the data covered (e.g. the front image and the photo).
        verification.add(kSignature, R::Pass, tr("%1 as signed for this card").arg(covers));
    else
        //: %1: the data covered (e.g. the front image and the photo): changed after signing.
        verification.add(kSignature, R::Fail, tr("%1 differ from what was signed for this card").arg(covers));
}

} // namespace madoguchi
