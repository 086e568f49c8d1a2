#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/cards/residence/ResidenceSignatureFile.h"
#include "core/crypto/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace madoguchi {

// The checks of a residence card (residence-card.md §B3, §B4), one rule for both generations.
class ResidenceChecks
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceChecks)

public:
    static inline const QString kCardAuthentication = QStringLiteral("card-authentication");
    static inline const QString kSignature = QStringLiteral("signature");
    static inline const QString kCertificate = QStringLiteral("certificate");
    static inline const QString kCardExpiry = QStringLiteral("card-expiry");
    static inline const QString kPeriodOfStay = QStringLiteral("period-of-stay");
    static inline const QString kRevocation = QStringLiteral("revocation");
    // The trust family: resources/trust/residence-card (ZairyuCard CA roots and CA2).
    static inline const QString kFamily = QStringLiteral("residence-card");

    enum class Algorithm
    {
        RsaSha256,    // first generation: RSA-2048 PKCS#1 v1.5 (§B3)
        EcdsaSha256,  // second generation: P-384, r ‖ s or DER (§B4)
    };

    // `certificate`: the card certificate up to a trust anchor of kFamily chosen by the certificate's
    // authority key identifier (§B3: not the newest root). `signature`: `signedData` under the
    // card certificate's key. Neither passes without the other being possible: a signature under
    // a certificate nobody vouches for proves nothing, and the verdict says so.
    // Validity for the dates (card expiry, period of stay), authenticity for the others.
    static Verification::Aspect aspectOf(const QString& check);
    // kRevocation, not-checked: whether the ISA revoked the card is known only online, at its
    // 在留カード等番号失効情報照会; an offline terminal says so and where (the review shows the page).
    static void revocation(Verification& verification);

    static void signature(Verification& verification, const TrustStore& trust, const ResidenceSignatureFile& file, Algorithm algorithm,
                          const QByteArray& signedData, const QString& covers, const QDateTime& now);
};

} // namespace madoguchi
