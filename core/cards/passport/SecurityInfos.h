#pragma once

#include "core/base/Result.h"
#include "core/crypto/IcaoKdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace madoguchi {

// The SecurityInfos of EF.CardAccess and DG14 (passport.md §3, §4; ICAO 9303-11 §9.2): a SET OF
// SEQUENCE { protocol OID, … }. Only the kinds the reader uses are kept; the rest are skipped.
// OIDs are kept as the bytes of their DER content (after 06 L).
struct SecurityInfos
{
    Q_DECLARE_TR_FUNCTIONS(SecurityInfos)

public:
    enum class Agreement
    {
        Dh,
        Ecdh,
    };
    enum class Mapping
    {
        Generic,
        Integrated,
        ChipAuthentication,
    };

    struct Pace  // PACEInfo
    {
        QByteArray protocol;
        int version = 0;
        std::optional<int> parameterId;
        Agreement agreement = Agreement::Ecdh;
        Mapping mapping = Mapping::Generic;
        IcaoKdf::Cipher cipher = IcaoKdf::Cipher::Aes128;
    };
    struct ChipAuthentication  // ChipAuthenticationInfo
    {
        QByteArray protocol;
        int version = 0;
        std::optional<int> keyId;
        Agreement agreement = Agreement::Ecdh;
        IcaoKdf::Cipher cipher = IcaoKdf::Cipher::Aes128;
    };
    struct ChipAuthenticationKey  // ChipAuthenticationPublicKeyInfo
    {
        Agreement agreement = Agreement::Ecdh;
        QByteArray subjectPublicKeyInfo;  // DER
        std::optional<int> keyId;
    };

    QList<Pace> pace;
    QList<ChipAuthentication> chipAuthentication;
    QList<ChipAuthenticationKey> chipAuthenticationKeys;
    // ActiveAuthenticationInfo (2.23.136.1.1.5): the ECDSA signature algorithm OID, when given.
    std::optional<QByteArray> activeAuthenticationAlgorithm;

    // `der` is the SET itself (EF.CardAccess) or DG14 (6E L SET).
    static Result<SecurityInfos, QString> parse(QByteArrayView der);

    // "ECDH-GM AES-128" and the like, for the record and the checks' details.
    static QString describe(const Pace& info);
    static QString cipherName(IcaoKdf::Cipher cipher);
};

} // namespace madoguchi
