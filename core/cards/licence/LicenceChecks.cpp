#include "core/cards/licence/LicenceChecks.h"

#include "core/cards/ValidityCheck.h"
#include "core/cards/licence/LicenceSignature.h"
#include "core/crypto/Rsa.h"

namespace madoguchi {
namespace {

using R = Verification::Result;

const QString kFamily = QStringLiteral("licence");

} // namespace

void LicenceChecks::expiry(Verification& verification, QDate validThrough, const QDateTime& now)
{
    ValidityCheck::add(verification, kExpiry, validThrough, now);
}

void LicenceChecks::signature(CardReadOutcome& out, const TrustStore& trust, const LicenceSignature& signature, const QByteArray& signedData,
                              const QString& covers)
{
    const QString keyId = QString::fromLatin1(signature.subjectKeyId.toHex().toUpper());
    const TrustAnchor* anchor = trust.bySubjectKeyId(kFamily, signature.subjectKeyId);
    if (!anchor) {
        out.verification.add(kSignature, R::NotChecked,
                             tr("the issuer's certificate (%1, key %2) is not installed; the police do not publish it").arg(signature.subjectName, keyId));
        return;
    }
    if (!signature.subjectName.isEmpty() && !anchor->name.contains(signature.subjectName)) {
        out.verification.add(kSignature, R::NotChecked,
                             tr("the installed certificate for key %1 names %2, the card names %3").arg(keyId, anchor->name, signature.subjectName));
        return;
    }
    out.verification.addAnchor(anchor->label(), anchor->production);
    if (Rsa::verifySha256(anchor->key.get(), signedData, signature.signature))
        //: Check detail: %1 what was signed (e.g. the entries and the photo); %2 the signer named in the certificate.
        out.verification.add(kSignature, R::Pass, tr("%1 signed by %2").arg(covers, anchor->label()));
    else
        //: Check detail: %1 what was signed; %2 the signer: the data was changed after signing.
        out.verification.add(kSignature, R::Fail, tr("%1 differ from what %2 signed").arg(covers, anchor->label()));
}

void LicenceChecks::signatureUnreadable(Verification& verification, const QString& why)
{
    //: %1: why the licence's signature file could not be read.
    verification.add(kSignature, Verification::Result::NotChecked, tr("the signature file could not be read (%1): the signature was not checked").arg(why));
}

} // namespace madoguchi
