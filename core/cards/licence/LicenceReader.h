#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/crypto/SecureBytes.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/ApduTransport.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace madoguchi {

struct LicenceEntries;
struct LicenceSignature;

// Reads and verifies an IC driver's licence (drivers-licence.md §A1–A5).
//
// Free data first (common data with the expiry, and the PIN setting); then PIN1 opens the entries,
// 外字, change history and signature; PIN2 (after PIN1) the photo and, only when asked, 本籍. When
// the holder set no PIN, both PINs are the default "****" (§A2) and staff are told. Each PIN has
// 3 tries and a blocked one is reset only at a licence centre (§A3): both counters are read before
// anything is sent, nothing is sent at one try left unless allowed, nothing is retried.
class LicenceReader
{
    Q_DECLARE_TR_FUNCTIONS(LicenceReader)

public:
    struct Request
    {
        enum class Access
        {
            None,         // free data and both retry counters only
            Pin1,         // entries, history, 外字 (no photo: the signature cannot be checked)
            Pin1AndPin2,  // and the photo; the signature can be checked
        };
        Access access = Access::None;
        SecureBytes pin1;
        SecureBytes pin2;
        bool readDomicile = false;  // 本籍, with Pin1AndPin2 only
        bool allowLastTry = false;
        QDateTime now = QDateTime::currentDateTimeUtc();
        // Called (on the reading thread) as each stage begins: "authenticate", "text", "photo", "certificate".
        std::function<void(const QString& stage)> progress;
    };

    LicenceReader(ApduTransport& transport, const TrustStore& trust) : m_transport(transport), m_trust(trust) {}

    Result<CardReadOutcome, ReaderError> read(const Request& request);

    static QString accessName(Request::Access access);  // "", "pin1", "pin1+pin2"

private:
    struct Files;
    // A whole EF under the current DF, by FID; empty when the card has no such file.
    Result<QByteArray, ReaderError> readEf(quint16 fid);
    // PIN1 then PIN2, each only after both counters were read; false when the card said no.
    Result<bool, ReaderError> verifyPins(CardReadOutcome& out, const Request& request, bool pinSet);
    void fillRecord(CardReadOutcome& out, const LicenceEntries& entries, const Files& files);
    void checkSignature(CardReadOutcome& out, const Files& files);
    void stage(const char* name) const;

    ApduTransport& m_transport;
    const TrustStore& m_trust;
    std::function<void(const QString&)> m_progress;
};

} // namespace madoguchi
