#include "core/cards/passport/PassportChecks.h"

#include "core/crypto/Asn1Time.h"
#include "core/crypto/Digest.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/X509Chain.h"

#include <QStringList>
#include <QTimeZone>

namespace madoguchi {
namespace {

using R = Verification::Result;

} // namespace

void PassportChecks::passive(Verification& verification, const TrustStore& trust, const SecurityObject& sod, const QMap<int, QByteArray>& dataGroups,
                             std::optional<QDate> issueDate)
{
    // §5 check 1: the CMS signature (and the message digest of its signed attributes).
    if (sod.signerCertificate().isEmpty())
        verification.add(kSodSignature, R::NotChecked, sod.signatureError());
    else if (sod.signatureValid())
        //: %1: the hash algorithm (e.g. SHA-256).
        verification.add(kSodSignature, R::Pass, tr("EF.SOD signed by its document signer (%1 hashes)").arg(sod.digestName()));
    else
        verification.add(kSodSignature, R::Fail, tr("the signature of EF.SOD is wrong: %1").arg(sod.signatureError()));

    // §5 check 2 and 4: DS → CSCA, judged at the signing time, not now — a DS certificate expires
    // long before the passports it signed.
    if (sod.signerCertificate().isEmpty()) {
        verification.add(kDsCertificate, R::NotChecked, tr("EF.SOD carries no document signer certificate"));
    } else {
        QDateTime at;
        QString when;
        if (sod.signingTime()) {
            at = *sod.signingTime();
            //: Follows "document signer … valid": %1 the signing time from EF.SOD.
            when = tr("at its signing time %1").arg(at.date().toString(Qt::ISODate));
        } else if (issueDate && issueDate->isValid()) {
            at = QDateTime(*issueDate, QTime(12, 0), Qt::UTC);
            when = tr("at the date of issue %1 (EF.SOD gives no signing time)").arg(issueDate->toString(Qt::ISODate));
        } else {
            // Neither a signing time nor a date of issue: judge at the start of the DS certificate.
            const auto* der = reinterpret_cast<const unsigned char*>(sod.signerCertificate().constData());
            const X509Ptr signer(d2i_X509(nullptr, &der, long(sod.signerCertificate().size())));
            at = Asn1Time::toDateTime(signer ? X509_get0_notBefore(signer.get()) : nullptr).addSecs(3600);
            when = tr("at the start of the signer certificate %1 (no signing time, no date of issue)").arg(at.date().toString(Qt::ISODate));
        }
        const QList<const TrustAnchor*> anchors = trust.certificates(kFamily);
        if (anchors.isEmpty()) {
            verification.add(kDsCertificate, R::NotChecked, tr("no CSCA certificate is installed in the passport trust store"));
        } else {
            const X509Chain::Outcome chain = X509Chain::verify(sod.signerCertificate(), {}, anchors, at);
            if (chain.anchor)
                verification.addAnchor(chain.anchor->label(), chain.anchor->production);
            if (chain.valid)
                //: %1: the CSCA subject; %2: when the chain was judged (at its signing time …).
                verification.add(kDsCertificate, R::Pass, tr("document signer issued by %1, valid %2").arg(chain.anchor->label(), when));
            else if (chain.issuerMissing)
                //: %1: the issuing CSCA (DN) named in the document signer certificate.
                verification.add(kDsCertificate, R::NotChecked, tr("the document signer's CSCA %1 is not installed in the passport trust store")
                                                                    .arg(chain.missingIssuer));
            else
                //: %1: when the chain was judged; %2: why it failed.
                verification.add(kDsCertificate, R::Fail, tr("the document signer does not chain to an installed CSCA %1: %2").arg(when, chain.error));
        }
    }

    // §5 check 5: the hash of the raw bytes of each data group read.
    QStringList good;
    QStringList bad;
    QStringList unlisted;
    for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it) {
        const QString name = QStringLiteral("DG%1").arg(it.key());
        if (!sod.hashes().contains(it.key()))
            unlisted.append(name);
        else if (Digest::of(sod.digest(), it.value()) == sod.hashes().value(it.key()))
            good.append(name);
        else
            bad.append(name);
    }
    if (!bad.isEmpty() || !unlisted.isEmpty()) {
        QStringList why;
        if (!bad.isEmpty())
            why.append(tr("%1 differ from what was signed").arg(bad.join(QLatin1String(", "))));
        if (!unlisted.isEmpty())
            //: %1: data groups (e.g. DG11, DG12) whose hashes EF.SOD does not hold.
            why.append(tr("%1 not in EF.SOD").arg(unlisted.join(QLatin1String(", "))));
        verification.add(kDataGroupHashes, R::Fail, why.join(QLatin1String("; ")));
    } else if (good.isEmpty()) {
        verification.add(kDataGroupHashes, R::NotChecked, tr("no data group was read"));
    } else {
        //: %1: the data groups checked (DG1, DG2 …); %2: the hash algorithm.
        verification.add(kDataGroupHashes, R::Pass, tr("%1 as signed (%2)").arg(good.join(QLatin1String(", ")), sod.digestName()));
    }
}

} // namespace madoguchi
