#pragma once

#include "core/cards/Verification.h"
#include "core/cards/passport/SecurityObject.h"
#include "core/crypto/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace madoguchi {

// The checks of an eMRTD (passport.md §5) and Passive Authentication, the one that needs the trust
// store: the CMS signature of EF.SOD, the document signer's chain to a CSCA at the signing time, and
// the hash of every data group read.
class PassportChecks
{
    Q_DECLARE_TR_FUNCTIONS(PassportChecks)

public:
    static inline const QString kPace = QStringLiteral("pace");
    static inline const QString kBac = QStringLiteral("bac");
    static inline const QString kSodSignature = QStringLiteral("sod-signature");
    static inline const QString kDsCertificate = QStringLiteral("ds-certificate");
    static inline const QString kDataGroupHashes = QStringLiteral("dg-hashes");
    static inline const QString kActiveAuthentication = QStringLiteral("active-authentication");
    static inline const QString kChipAuthentication = QStringLiteral("chip-authentication");
    static inline const QString kMrzMatch = QStringLiteral("mrz-match");
    static inline const QString kDocumentExpiry = QStringLiteral("document-expiry");
    // The trust family: resources/trust/passport (CSCA roots and link certificates).
    static inline const QString kFamily = QStringLiteral("passport");

    // `dataGroups`: the raw bytes of every data group read, by number. `issueDate`: DG12's date of
    // issue when present, the signing time's stand-in when EF.SOD has none.
    static void passive(Verification& verification, const TrustStore& trust, const SecurityObject& sod, const QMap<int, QByteArray>& dataGroups,
                        std::optional<QDate> issueDate);
};

} // namespace madoguchi
