#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/cards/mynumber/CardVerifiableCertificate.h"
#include "core/crypto/SecureBytes.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/ApduTransport.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace madoguchi {


// Reads and verifies a My Number card (mynumber.md): JPKI-AP authentication certificate chain,
// 券面事項入力補助AP (text), 券面AP (card face) and the chip's liveness signature.
//
// Routes: the PIN reads the individual number and the basic four items (only for 個人番号利用事務),
// then the card face with the number as 照合番号A; 照合番号B reads the basic four items and the
// card face; 照合番号A (typed by staff) confirms that number and reads nothing else of the holder.
// Without a credential only free data is read and the PIN's tries are reported.
class MyNumberReader
{
    Q_DECLARE_TR_FUNCTIONS(MyNumberReader)

public:
    struct Request
    {
        enum class Route
        {
            None,
            Pin,
            CollationA,
            CollationB,
        };
        Route route = Route::None;
        SecureBytes secret;
        bool allowLastTry = false;
        // PIN route: the customer types the PIN on the reader's keypad; `secret` stays empty.
        bool usePinPad = false;
        QDateTime now = QDateTime::currentDateTimeUtc();
        // Called (on the reading thread) as each stage begins: "certificate", "authenticate",
        // "text", "photo", "liveness".
        std::function<void(const QString& stage)> progress;
    };

    MyNumberReader(ApduTransport& transport, const TrustStore& trust) : m_transport(transport), m_trust(trust) {}

    Result<CardReadOutcome, ReaderError> read(const Request& request);

    static QString routeName(Request::Route route);

private:
    Result<QByteArray, ReaderError> readEf(quint8 sfi, bool wholeFile = false);
    Result<bool, ReaderError> checkJpki(CardReadOutcome& out, const QDateTime& now);
    // SELECTs a 券面 AP, reads its certificate (EF 0004) and checks it as `checkName`.
    Result<CardVerifiableCertificate, ReaderError> openApplication(CardReadOutcome& out, const QByteArray& aid, const QString& checkName);
    // Verifies a CVC against the trust store; the check is named `name`.
    void checkCertificate(CardReadOutcome& out, const QString& name, const CardVerifiableCertificate& cvc);
    Result<bool, ReaderError> readSurface(CardReadOutcome& out, quint8 keyP2, const SecureBytes& secret, const QDateTime& now);
    Result<bool, ReaderError> checkLiveness(CardReadOutcome& out, EVP_PKEY* chipKey);
    void notChecked(CardReadOutcome& out, const QStringList& names, const QString& why);
    void stage(const char* name) const;

    ApduTransport& m_transport;
    const TrustStore& m_trust;
    std::function<void(const QString&)> m_progress;
};

} // namespace madoguchi
