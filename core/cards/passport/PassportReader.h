#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/cards/passport/MrzKey.h"
#include "core/cards/passport/PaceProtocol.h"
#include "core/cards/passport/SecurityInfos.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/ApduTransport.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

namespace madoguchi {

// Reads and verifies an eMRTD (passport.md): EF.CardAccess in the MF, PACE when the chip offers it
// (with the MRZ or the CAN) and BAC otherwise or when PACE fails; then under secure messaging EF.COM,
// DG14 and Chip Authentication, DG1, DG2, DG11, DG12, DG15 and EF.SOD as present; Active
// Authentication; Passive Authentication; the MRZ read against the one entered; the expiry date.
// MRZ and CAN have no retry counter: a wrong one (63 00) is reported, never retried. After a
// secure-messaging error the session is set up again (once per file), not retried blindly.
class PassportReader
{
    Q_DECLARE_TR_FUNCTIONS(PassportReader)

public:
    struct Request
    {
        std::optional<MrzKey> mrz;
        SecureBytes can;  // 6 digits; used for PACE when given
        QDateTime now = QDateTime::currentDateTimeUtc();
        // Called (on the reading thread) as each stage begins: "authenticate", "text", "photo", "certificate".
        std::function<void(const QString& stage)> progress;
    };

    PassportReader(ApduTransport& card, const TrustStore& trust);
    ~PassportReader();

    Result<CardReadOutcome, ReaderError> read(const Request& request);

private:
    // BAC or PACE (and CA when done before); the outcome's credential on refusal.
    Result<bool, ReaderError> establish(CardReadOutcome& out, const Request& request);
    Result<bool, ReaderError> chipAuthentication(CardReadOutcome& out, const Request& request);
    // A file of the eMRTD application under secure messaging; empty when absent; sets the session
    // up again once when it was lost.
    Result<QByteArray, ReaderError> readFile(CardReadOutcome& out, quint16 fid, const Request& request);
    void activeAuthentication(CardReadOutcome& out, const QByteArray& dg15);
    void fillRecord(CardReadOutcome& out, const Request& request);
    void stage(const char* name) const;

    ApduTransport& m_card;
    const TrustStore& m_trust;
    std::function<void(const QString&)> m_progress;
    std::unique_ptr<SecureMessaging> m_session;
    std::optional<SecurityInfos> m_chipInfos;  // DG14
    SecurityInfos::ChipAuthentication m_caInfo;  // the protocol and key Chip Authentication used
    SecurityInfos::ChipAuthenticationKey m_caKey;
    QMap<int, QByteArray> m_groups;            // raw data groups read, for the hashes
    bool m_usedPace = false;
    bool m_chipAuthenticated = false;
};

} // namespace madoguchi
