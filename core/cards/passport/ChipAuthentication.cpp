#include "core/cards/passport/ChipAuthentication.h"

#include "core/apdu/BerTlv.h"
#include "core/crypto/EcCurve.h"
#include "core/crypto/OpenSslPtr.h"

#include <openssl/x509.h>

namespace madoguchi {
Result<PassportAccess, ReaderError> ChipAuthentication::run(SecureMessaging& current, ApduTransport& card, const SecurityInfos::ChipAuthentication& info,
                                                            const SecurityInfos::ChipAuthenticationKey& key, QByteArray fixedEphemeralKey)
{
    PassportAccess access;
    access.protocol = QStringLiteral("CA ECDH %1").arg(SecurityInfos::cipherName(info.cipher));
    if (info.agreement != SecurityInfos::Agreement::Ecdh || key.agreement != SecurityInfos::Agreement::Ecdh) {
        access.detail = tr("Chip Authentication with DH is not supported by this version");
        return access;
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(key.subjectPublicKeyInfo.constData());
    EvpPkeyPtr chipKey(d2i_PUBKEY(nullptr, &bytes, long(key.subjectPublicKeyInfo.size())));
    const auto curve = EcCurve::ofKey(chipKey.get());
    const QByteArray chipPoint = EcCurve::publicPoint(chipKey.get());
    if (!curve || !curve->isValidPoint(chipPoint)) {
        access.detail = tr("DG14's chip-authentication key is not an EC key on a curve OpenSSL knows");
        return access;
    }
    QByteArray ephemeralKey = fixedEphemeralKey.isEmpty() ? curve->randomScalar() : std::move(fixedEphemeralKey);
    const QByteArray ephemeralPoint = curve->multiplyGenerator(ephemeralKey);
    QByteArray keyReference;
    if (key.keyId)
        keyReference = BerTlv::encode(0x84, QByteArray(1, char(*key.keyId)));

    // One command under the current session; a refusal comes back as an error.
    const auto send = [&](const CommandApdu& command, const char* what) -> std::optional<ReaderError> {
        auto answer = current.transmit(command);
        if (!answer)
            return answer.error();
        if (!answer->isSuccess())
            //: %1: the command refused (e.g. MSE:Set KAT); %2: the status word and its meaning.
            return ReaderError::refused(answer->sw(), tr("the chip refused %1 (%2)").arg(QLatin1String(what), answer->sw().toHex()));
        return std::nullopt;
    };
    std::optional<ReaderError> failed;
    if (info.cipher == IcaoKdf::Cipher::TripleDes) {
        failed = send(CommandApdu(0x00, 0x22, 0x41, 0xA6, BerTlv::encode(0x91, ephemeralPoint) + keyReference), "MSE:Set KAT");
    } else {
        failed = send(CommandApdu(0x00, 0x22, 0x41, 0xA4, BerTlv::encode(0x80, info.protocol) + keyReference), "MSE:Set AT");
        if (!failed)
            failed = send(CommandApdu(0x00, 0x86, 0x00, 0x00, BerTlv::encode(0x7C, BerTlv::encode(0x80, ephemeralPoint)), CommandApdu::kMaxShortLe),
                          "GENERAL AUTHENTICATE");
    }
    if (failed) {
        ephemeralKey.fill('\0');
        return *failed;
    }
    QByteArray secret = curve->xCoordinate(curve->multiply(chipPoint, ephemeralKey));
    ephemeralKey.fill('\0');
    QByteArray encryptionKey = IcaoKdf::derive(secret, IcaoKdf::kEncryption, info.cipher);
    QByteArray macKey = IcaoKdf::derive(secret, IcaoKdf::kMac, info.cipher);
    secret.fill('\0');
    const auto algorithm = info.cipher == IcaoKdf::Cipher::TripleDes ? BlockCipher::Algorithm::TripleDes : BlockCipher::Algorithm::Aes;
    access.status = PassportAccess::Status::Established;
    access.session = std::make_unique<SecureMessaging>(card, algorithm, encryptionKey, macKey, QByteArray(BlockCipher::blockSize(algorithm), '\0'));
    encryptionKey.fill('\0');
    macKey.fill('\0');
    return access;
}

} // namespace madoguchi
