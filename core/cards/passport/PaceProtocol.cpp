#include "core/cards/passport/PaceProtocol.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/crypto/EcCurve.h"

#include <QCryptographicHash>

namespace madoguchi {
namespace {

// passport.md §3: the tags of GENERAL AUTHENTICATE.
constexpr quint32 kTagDynamic = 0x7C;
constexpr quint8 kTagNonce = 0x80;
constexpr quint8 kTagMappingIfd = 0x81;
constexpr quint8 kTagMappingIc = 0x82;
constexpr quint8 kTagEphemeralIfd = 0x83;
constexpr quint8 kTagEphemeralIc = 0x84;
constexpr quint8 kTagTokenIfd = 0x85;
constexpr quint8 kTagTokenIc = 0x86;
constexpr quint8 kClaChained = 0x10;


BlockCipher::Algorithm algorithmOf(IcaoKdf::Cipher cipher)
{
    return cipher == IcaoKdf::Cipher::TripleDes ? BlockCipher::Algorithm::TripleDes : BlockCipher::Algorithm::Aes;
}

// The value of `tag` inside the 7C of a GENERAL AUTHENTICATE answer.
Result<QByteArray, QString> dynamicValue(const ResponseApdu& response, quint8 tag)
{
    auto outer = BerTlv::parse(response.data());
    if (!outer || outer->tag() != kTagDynamic)
        return QStringLiteral("the answer is not a 7C object");
    auto inner = outer->children().find(tag);
    if (!inner)
        return QStringLiteral("the answer holds no %1 object").arg(tag, 2, 16, QLatin1Char('0'));
    return inner->value().toByteArray();
}

} // namespace

QByteArray PaceProtocol::passwordKey(const Password& password, IcaoKdf::Cipher cipher)
{
    // §3: MRZ: K = SHA-1(MRZ_information), not truncated; CAN: the digits as ISO 8859-1.
    QByteArray k = password.kind == Password::Kind::Mrz ? QCryptographicHash::hash(password.value.view(), QCryptographicHash::Sha1)
                                                        : password.value.view().toByteArray();
    QByteArray key = IcaoKdf::derive(k, IcaoKdf::kPassword, cipher);
    k.fill('\0');
    return key;
}

QByteArray PaceProtocol::authenticationToken(IcaoKdf::Cipher cipher, QByteArrayView macKey, QByteArrayView protocol, QByteArrayView point)
{
    const QByteArray input = BerTlv::encode(0x7F49, BerTlv::encode(0x06, protocol) + BerTlv::encode(0x86, point));
    if (cipher == IcaoKdf::Cipher::TripleDes)
        return BlockCipher::retailMac(macKey, input);
    return BlockCipher::aesCmac(macKey, input).left(8);
}

Result<PassportAccess, ReaderError> PaceProtocol::run(ApduTransport& card, const SecurityInfos::Pace& info, bool sendParameterId,
                                                      const Password& password, Randomness fixed)
{
    PassportAccess access;
    const auto curve = EcCurve::byParameterId(info.parameterId.value_or(-1));
    access.protocol = QStringLiteral("PACE %1 (%2)")
                          .arg(SecurityInfos::describe(info), curve ? curve->name() : QStringLiteral("parameters %1").arg(info.parameterId.value_or(-1)));
    if (info.agreement != SecurityInfos::Agreement::Ecdh || info.mapping != SecurityInfos::Mapping::Generic) {
        access.detail = tr("PACE %1 is not supported by this version").arg(SecurityInfos::describe(info));
        return access;
    }
    if (!curve) {
        access.detail = tr("PACE with domain parameters %1 is not supported (only the standardized curves 8–18)").arg(info.parameterId.value_or(-1));
        return access;
    }

    // MSE:Set AT (§3 step 1): 80 protocol, 83 password reference [, 84 parameter ID]; no Le.
    QByteArray mse = BerTlv::encode(0x80, info.protocol) + BerTlv::encode(0x83, QByteArray(1, char(password.kind)));
    if (sendParameterId)
        mse += BerTlv::encode(0x84, QByteArray(1, char(*info.parameterId)));
    auto set = card.transmit(CommandApdu(0x00, 0x22, 0xC1, 0xA4, mse));
    if (!set)
        return set.error();
    if (!set->isSuccess()) {
        access.detail = tr("the chip refused MSE:Set AT (%1)").arg(set->sw().toHex());
        return access;
    }

    const auto step = [&](quint8 cla, const QByteArray& data, quint8 answerTag) -> Result<QByteArray, ReaderError> {
        auto answer = card.transmit(CommandApdu(cla, 0x86, 0x00, 0x00, BerTlv::encode(kTagDynamic, data), CommandApdu::kMaxShortLe));
        if (!answer)
            return answer.error();
        if (answer->sw() == StatusWord(StatusWord::kVerifyFailedNoCounter) || answer->sw().sw1() == 0x63)
            return ReaderError::refused(answer->sw(), QStringLiteral("GENERAL AUTHENTICATE"));
        if (!answer->isSuccess())
            return ReaderError::refused(answer->sw(), QStringLiteral("GENERAL AUTHENTICATE: %1").arg(answer->sw().meaning()));
        auto value = dynamicValue(*answer, answerTag);
        if (!value)
            return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("PACE: %1").arg(value.error()));
        return std::move(value).value();
    };
    const auto rejected = [&](const ReaderError& error) { return error.kind() == ReaderError::Kind::CardRefused && error.statusWord().sw1() == 0x63; };

    // Step 1: the encrypted nonce; s = D(Kπ, z).
    auto z = step(kClaChained, {}, kTagNonce);
    if (!z) {
        if (rejected(z.error()))
            access.status = PassportAccess::Status::Rejected;
        else
            return z.error();
        return access;
    }
    const BlockCipher::Algorithm algorithm = algorithmOf(info.cipher);
    QByteArray kPi = passwordKey(password, info.cipher);
    QByteArray nonce = BlockCipher::decryptCbc(algorithm, kPi, *z);
    kPi.fill('\0');
    if (nonce.isEmpty())
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("PACE: the encrypted nonce is not a whole number of blocks"));

    // Step 2: generic mapping, Ĝ = s·G + sk_map,IFD · PK_map,IC.
    QByteArray mappingKey = fixed.mappingKey.isEmpty() ? curve->randomScalar() : fixed.mappingKey;
    auto mappingIc = step(kClaChained, BerTlv::encode(kTagMappingIfd, curve->multiplyGenerator(mappingKey)), kTagMappingIc);
    if (!mappingIc)
        return mappingIc.error();
    const QByteArray shared = curve->multiply(*mappingIc, mappingKey);
    mappingKey.fill('\0');
    const QByteArray generator = curve->add(curve->multiplyGenerator(nonce), shared);
    nonce.fill('\0');
    if (shared.isEmpty() || generator.isEmpty())
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("PACE: the chip's mapping key is not a point of the curve"));

    // Step 3: key agreement on Ĝ.
    QByteArray ephemeralKey = fixed.ephemeralKey.isEmpty() ? curve->randomScalar() : fixed.ephemeralKey;
    const QByteArray ephemeralIfd = curve->multiply(generator, ephemeralKey);
    auto ephemeralIc = step(kClaChained, BerTlv::encode(kTagEphemeralIfd, ephemeralIfd), kTagEphemeralIc);
    if (!ephemeralIc)
        return ephemeralIc.error();
    // §3 step 6: PK_IC ≠ PK_IFD.
    if (*ephemeralIc == ephemeralIfd)
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("PACE: the chip echoed the terminal's key"));
    QByteArray secret = curve->xCoordinate(curve->multiply(*ephemeralIc, ephemeralKey));
    ephemeralKey.fill('\0');
    if (secret.isEmpty())
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("PACE: the chip's ephemeral key is not a point of the curve"));
    QByteArray encryptionKey = IcaoKdf::derive(secret, IcaoKdf::kEncryption, info.cipher);
    QByteArray macKey = IcaoKdf::derive(secret, IcaoKdf::kMac, info.cipher);
    secret.fill('\0');

    // Step 4: mutual authentication; the last command of the chain (CLA 00).
    auto tokenIc = step(0x00, BerTlv::encode(kTagTokenIfd, authenticationToken(info.cipher, macKey, info.protocol, *ephemeralIc)), kTagTokenIc);
    if (!tokenIc) {
        encryptionKey.fill('\0');
        macKey.fill('\0');
        if (!rejected(tokenIc.error()))
            return tokenIc.error();
        access.status = PassportAccess::Status::Rejected;  // §3: a wrong MRZ or CAN gives 63 00 here
        return access;
    }
    if (*tokenIc != authenticationToken(info.cipher, macKey, info.protocol, ephemeralIfd)) {
        encryptionKey.fill('\0');
        macKey.fill('\0');
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("PACE: the chip's authentication token is wrong"));
    }
    access.status = PassportAccess::Status::Established;
    access.session = std::make_unique<SecureMessaging>(card, algorithm, encryptionKey, macKey,
                                                       QByteArray(BlockCipher::blockSize(algorithm), '\0'));
    encryptionKey.fill('\0');
    macKey.fill('\0');
    return access;
}

} // namespace madoguchi
