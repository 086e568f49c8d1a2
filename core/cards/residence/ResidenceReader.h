#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/cards/residence/ResidenceCardType.h"
#include "core/cards/residence/ResidenceSecureChannel.h"
#include "core/cards/residence/ResidenceSignatureFile.h"
#include "core/cards/residence/SpecifiedSession.h"
#include "core/crypto/SecureBytes.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/ApduTransport.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace madoguchi {

struct ResidenceEntries;

// Reads and verifies a residence card or special permanent resident certificate
// (residence-card.md §B): the free common data and card type; then, with the card number printed
// on the card, mutual authentication and VERIFY under secure messaging (§B2, §B4), the images of
// DF1 under secure messaging (extended length), DF2 and DF3 in plain; then the signature and
// certificate checks (§B3, §B4). The card number has no retry counter (§B2: 63 00, no lockout
// reported), so a wrong one is reported, never retried. Cards of type 07/08 (on the My Number
// platform, §B5) are refused by read(); readOnMyNumberCard reads their 在留 AP.
class ResidenceReader
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceReader)

public:
    struct Request
    {
        // The card number as ResidenceCardNumber::normalize gives it; empty: free data only.
        SecureBytes cardNumber;
        QDateTime now = QDateTime::currentDateTimeUtc();
        // Called (on the reading thread) as each stage begins: "certificate", "authenticate",
        // "text", "photo".
        std::function<void(const QString& stage)> progress;
    };

    ResidenceReader(ApduTransport& transport, const TrustStore& trust) : m_transport(transport), m_trust(trust) {}

    Result<CardReadOutcome, ReaderError> read(const Request& request);

    // The 在留 AP of a 07/08 card (residence-card-0708.md), `cardType` "07" or "08" as detection read
    // it: the card number verified under the first SpecifiedSession profile the card accepts, with
    // the ISA's delivery key installed in the trust store; then DF1–DF3 as on 05/06 cards. The
    // identity is the My Number side's (CardRead); this reads the residence items and their checks.
    // An error when no delivery key is installed, the card refuses every profile or the secure
    // messaging breaks down under each: the sentence says which.
    Result<CardReadOutcome, ReaderError> readOnMyNumberCard(const Request& request, QByteArrayView cardType);

private:
    struct Files;
    // false: the card did not accept the card number (the outcome says so).
    Result<bool, ReaderError> authenticate(CardReadOutcome& out, const SecureBytes& cardNumber);
    // The same for a 07/08 card: SELECT the 在留 AP (which ends any session, §2), SET SESSION KEY with
    // `session`'s key delivery under RSA-OAEP to `deliveryKey`, VERIFY under the session.
    Result<bool, ReaderError> openSession(CardReadOutcome& out, SpecifiedSession& session, EVP_PKEY* deliveryKey, const SecureBytes& cardNumber);
    // The VERIFY answer of either kind of card: false (and the credential refused) for 63 00 / 63 Cx.
    Result<bool, ReaderError> cardNumberAccepted(CardReadOutcome& out, const Result<ResponseApdu, ReaderError>& verify);
    // A whole DF1 file under secure messaging, decrypted (§B2 step 7).
    Result<QByteArray, ReaderError> secureRead(quint8 sfi);
    // A whole file of the current DF in plain; empty when the card has no such file.
    Result<QByteArray, ReaderError> plainRead(quint8 sfi);
    Result<bool, ReaderError> readFirstGeneration(CardReadOutcome& out, bool special, const Request& request);
    Result<bool, ReaderError> readSecondGeneration(CardReadOutcome& out, bool special, const SecureBytes& cardNumber, const Request& request);
    // DF2's files by SFI, each present or not (§B1, §B4).
    Result<QList<QByteArray>, ReaderError> readDf2(std::initializer_list<quint8> sfis);
    // DF3/EF01, parsed (§B1, §B4).
    Result<ResidenceSignatureFile, ReaderError> readSignatureFile();
    void stage(const char* name) const;

    ApduTransport& m_transport;
    const TrustStore& m_trust;
    std::function<void(const QString&)> m_progress;
    std::optional<ResidenceSecureChannel> m_channel;
    SpecifiedSession* m_specified = nullptr;  // a 07/08 card's session, instead of m_channel
    QByteArray m_sessionKey;
};

} // namespace madoguchi
