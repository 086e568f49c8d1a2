#include "core/cards/passport/SecurityInfos.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/base/BigEndian.h"

namespace madoguchi {
namespace {

// passport.md §3 OIDs (BSI TR-03110 bsi-de 0.4.0.127.0.7.2.2), as DER content bytes.
const QByteArray kPacePrefix = QByteArray::fromHex("04007F0007020204");  // id-PACE
const QByteArray kCaPrefix = QByteArray::fromHex("04007F0007020203");    // id-CA
const QByteArray kPkPrefix = QByteArray::fromHex("04007F0007020201");    // id-PK
const QByteArray kActiveAuthentication = QByteArray::fromHex("6781080101" "05");  // 2.23.136.1.1.5

constexpr quint32 kTagSet = 0x31;
constexpr quint32 kTagSequence = 0x30;
constexpr quint32 kTagOid = 0x06;
constexpr quint32 kTagInteger = 0x02;
constexpr quint32 kTagDg14 = 0x6E;

std::optional<int> integer(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 4)
        return std::nullopt;
    return int(BigEndian::value(value));
}

std::optional<IcaoKdf::Cipher> cipherOf(char last)
{
    switch (last) {
    case 1: return IcaoKdf::Cipher::TripleDes;
    case 2: return IcaoKdf::Cipher::Aes128;
    case 3: return IcaoKdf::Cipher::Aes192;
    case 4: return IcaoKdf::Cipher::Aes256;
    default: return std::nullopt;
    }
}

} // namespace

QString SecurityInfos::cipherName(IcaoKdf::Cipher cipher)
{
    switch (cipher) {
    case IcaoKdf::Cipher::TripleDes: return QStringLiteral("3DES");
    case IcaoKdf::Cipher::Aes128: return QStringLiteral("AES-128");
    case IcaoKdf::Cipher::Aes192: return QStringLiteral("AES-192");
    case IcaoKdf::Cipher::Aes256: return QStringLiteral("AES-256");
    }
    return {};
}

QString SecurityInfos::describe(const Pace& info)
{
    const QString agreement = info.agreement == Agreement::Dh ? QStringLiteral("DH") : QStringLiteral("ECDH");
    const QString mapping = info.mapping == Mapping::Generic ? QStringLiteral("GM") : info.mapping == Mapping::Integrated ? QStringLiteral("IM") : QStringLiteral("CAM");
    return QStringLiteral("%1-%2 %3").arg(agreement, mapping, cipherName(info.cipher));
}

Result<SecurityInfos, QString> SecurityInfos::parse(QByteArrayView der)
{
    auto outer = BerTlv::parse(der);
    if (!outer)
        //: %1: what is wrong with EF.CardAccess or DG14 (ICAO 9303 SecurityInfos).
        return tr("SecurityInfos: %1").arg(outer.error().message());
    BerTlv set = *outer;
    if (set.tag() == kTagDg14) {
        auto inner = BerTlv::parse(set.value());
        if (!inner)
            //: %1: what is wrong with DG14.
            return tr("DG14: %1").arg(inner.error().message());
        set = *inner;
    }
    if (set.tag() != kTagSet)
        return tr("SecurityInfos is not a SET");
    SecurityInfos out;
    BerTlvReader infos = set.children();
    while (!infos.atEnd()) {
        auto info = infos.next();
        if (!info)
            return tr("SecurityInfos: %1").arg(info.error().message());
        if (info->tag() != kTagSequence)
            return tr("SecurityInfos holds something other than a SEQUENCE");
        QList<BerTlv> parts;
        BerTlvReader reader = info->children();
        while (!reader.atEnd()) {
            auto part = reader.next();
            if (!part)
                //: %1: what is wrong with one SecurityInfo entry.
                return tr("SecurityInfo: %1").arg(part.error().message());
            parts.append(*part);
        }
        if (parts.isEmpty() || parts[0].tag() != kTagOid)
            return tr("a SecurityInfo does not start with its protocol");
        const QByteArray oid = parts[0].value().toByteArray();
        const auto integerAt = [&](qsizetype index) -> std::optional<int> {
            return index < parts.size() && parts[index].tag() == kTagInteger ? integer(parts[index].value()) : std::nullopt;
        };
        if (oid.size() == kPacePrefix.size() + 2 && oid.startsWith(kPacePrefix)) {
            // id-PACE.{1 DH-GM, 2 ECDH-GM, 3 DH-IM, 4 ECDH-IM, 6 ECDH-CAM}.{cipher}
            const auto cipher = cipherOf(oid[oid.size() - 1]);
            const int kind = oid[oid.size() - 2];
            if (!cipher || kind < 1 || kind > 6 || kind == 5 || !integerAt(1))
                continue;
            Pace pace;
            pace.protocol = oid;
            pace.version = *integerAt(1);
            pace.parameterId = integerAt(2);
            pace.agreement = (kind == 1 || kind == 3) ? Agreement::Dh : Agreement::Ecdh;
            pace.mapping = kind <= 2 ? Mapping::Generic : kind <= 4 ? Mapping::Integrated : Mapping::ChipAuthentication;
            pace.cipher = *cipher;
            out.pace.append(pace);
        } else if (oid.size() == kCaPrefix.size() + 2 && oid.startsWith(kCaPrefix)) {
            // id-CA.{1 DH, 2 ECDH}.{cipher}
            const auto cipher = cipherOf(oid[oid.size() - 1]);
            const int kind = oid[oid.size() - 2];
            if (!cipher || (kind != 1 && kind != 2) || !integerAt(1))
                continue;
            ChipAuthentication ca;
            ca.protocol = oid;
            ca.version = *integerAt(1);
            ca.keyId = integerAt(2);
            ca.agreement = kind == 1 ? Agreement::Dh : Agreement::Ecdh;
            ca.cipher = *cipher;
            out.chipAuthentication.append(ca);
        } else if (oid.size() == kPkPrefix.size() + 1 && oid.startsWith(kPkPrefix)) {
            // id-PK.{1 DH, 2 ECDH}: SEQUENCE { OID, SubjectPublicKeyInfo, keyId OPTIONAL }
            if (parts.size() < 2 || parts[1].tag() != kTagSequence)
                return tr("a chip-authentication key holds no public key");
            ChipAuthenticationKey key;
            key.agreement = oid.back() == 1 ? Agreement::Dh : Agreement::Ecdh;
            key.subjectPublicKeyInfo = parts[1].encoded().toByteArray();
            key.keyId = integerAt(2);
            out.chipAuthenticationKeys.append(key);
        } else if (oid == kActiveAuthentication) {
            // ActiveAuthenticationInfo { OID, version, signatureAlgorithm OID }
            if (parts.size() >= 3 && parts[2].tag() == kTagOid)
                out.activeAuthenticationAlgorithm = parts[2].value().toByteArray();
        }
    }
    return out;
}

} // namespace madoguchi
