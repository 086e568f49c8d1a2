#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/crypto/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace madoguchi {

struct LicenceSignature;

// The checks a licence gets wherever it is held: on its own card (drivers-licence.md §A) or on a
// My Number card (§A6). One wording and one rule for both.
class LicenceChecks
{
    Q_DECLARE_TR_FUNCTIONS(LicenceChecks)

public:
    // The check names, as reports and tests know them (shared with the My Number card's licence).
    static inline const QString kExpiry = QStringLiteral("licence-expiry");
    static inline const QString kSignature = QStringLiteral("licence-signature");
    static inline const QString kPinSetting = QStringLiteral("pin-setting");
    static inline const QString kChanges = QStringLiteral("licence-changes");

    // `licence-expiry`: valid through the last day (有効期間の末日, §A4), judged on the date in Japan.
    static void expiry(Verification& verification, QDate validThrough, const QDateTime& now);

    // `licence-signature`: the issuer certificate chosen from the trust family "licence" by the
    // signature's subject key identifier and subject name (§A5: it is not on the card); never a
    // pass without one. `covers` names the signed files for staff ("entries, 外字 and photo").
    static void signature(CardReadOutcome& out, const TrustStore& trust, const LicenceSignature& signature, const QByteArray& signedData,
                          const QString& covers);
    // `licence-signature` when the signature file could not be read (`why`): the signature was not
    // checked — never a failed one, since nothing was compared.
    static void signatureUnreadable(Verification& verification, const QString& why);
};

} // namespace madoguchi
