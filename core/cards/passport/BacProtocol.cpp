#include "core/cards/passport/BacProtocol.h"

#include "core/crypto/IcaoKdf.h"
#include "core/crypto/Random.h"

#include <QCryptographicHash>

namespace madoguchi {
namespace {

using Cipher = BlockCipher::Algorithm;

} // namespace

BacProtocol::Keys BacProtocol::accessKeys(QByteArrayView mrzInformation)
{
    QByteArray seed = QCryptographicHash::hash(mrzInformation, QCryptographicHash::Sha1).left(16);
    Keys keys{IcaoKdf::derive(seed, IcaoKdf::kEncryption, IcaoKdf::Cipher::TripleDes), IcaoKdf::derive(seed, IcaoKdf::kMac, IcaoKdf::Cipher::TripleDes)};
    seed.fill('\0');
    return keys;
}

QByteArray BacProtocol::authenticationData(const Keys& keys, QByteArrayView rndIc, QByteArrayView rndIfd, QByteArrayView kIfd)
{
    // §1: S = RND.IFD ‖ RND.IC ‖ K.IFD, 32 bytes, encrypted without padding.
    QByteArray s = rndIfd.toByteArray() + rndIc.toByteArray() + kIfd.toByteArray();
    const QByteArray encrypted = BlockCipher::encryptCbc(Cipher::TripleDes, keys.encryption, s);
    s.fill('\0');
    return encrypted + BlockCipher::retailMac(keys.mac, encrypted);
}

Result<BacProtocol::Session, QString> BacProtocol::session(const Keys& keys, QByteArrayView answer, QByteArrayView rndIc,
                                                          QByteArrayView rndIfd, QByteArrayView kIfd)
{
    if (answer.size() != 40)
        return tr("the chip's answer has %1 bytes, not 40").arg(answer.size());
    const QByteArrayView encrypted = answer.first(32);
    if (BlockCipher::retailMac(keys.mac, encrypted) != answer.sliced(32))
        return tr("the MAC of the chip's answer is wrong");
    QByteArray r = BlockCipher::decryptCbc(Cipher::TripleDes, keys.encryption, encrypted);
    // §1: R = RND.IC ‖ RND.IFD ‖ K.IC.
    if (r.first(8) != rndIc || r.sliced(8, 8) != rndIfd) {
        r.fill('\0');
        return tr("the chip's answer does not hold the challenges of this exchange");
    }
    QByteArray seed(16, '\0');
    for (int i = 0; i < 16; ++i)
        seed[i] = char(kIfd[i] ^ r[16 + i]);
    Session out{IcaoKdf::derive(seed, IcaoKdf::kEncryption, IcaoKdf::Cipher::TripleDes), IcaoKdf::derive(seed, IcaoKdf::kMac, IcaoKdf::Cipher::TripleDes),
                rndIc.last(4).toByteArray() + rndIfd.last(4).toByteArray()};
    seed.fill('\0');
    r.fill('\0');
    return out;
}

Result<PassportAccess, ReaderError> BacProtocol::run(ApduTransport& card, QByteArrayView mrzInformation, Randomness fixed)
{
    PassportAccess access;
    access.protocol = QStringLiteral("BAC");
    // §1: GET CHALLENGE 00 84 00 00 08.
    auto challenge = card.transmit(CommandApdu(0x00, 0x84, 0x00, 0x00, {}, 8));
    if (!challenge)
        return challenge.error();
    if (challenge->sw() == StatusWord(StatusWord::kReferencedDataNotFound) || challenge->sw() == StatusWord(StatusWord::kInsNotSupported)) {
        access.detail = tr("the chip does not offer BAC (%1)").arg(challenge->sw().toHex());
        return access;
    }
    if (!challenge->isSuccess() || challenge->data().size() != 8)
        return ReaderError::refused(challenge->sw(), QStringLiteral("GET CHALLENGE: %1").arg(challenge->sw().meaning()));
    const QByteArray rndIc = challenge->data();
    QByteArray rndIfd = fixed.rndIfd.isEmpty() ? Random::bytes(8) : fixed.rndIfd;
    QByteArray kIfd = fixed.kIfd.isEmpty() ? Random::bytes(16) : fixed.kIfd;
    Keys keys = accessKeys(mrzInformation);
    const auto wipe = [&] {
        for (QByteArray* bytes : {&rndIfd, &kIfd, &keys.encryption, &keys.mac})
            bytes->fill('\0');
    };
    // §1: EXTERNAL AUTHENTICATE 00 82 00 00 28 ‖ E_IFD ‖ M_IFD ‖ 28.
    auto answer = card.transmit(CommandApdu(0x00, 0x82, 0x00, 0x00, authenticationData(keys, rndIc, rndIfd, kIfd), 0x28));
    if (!answer) {
        wipe();
        return answer.error();
    }
    const StatusWord sw = answer->sw();
    if (sw == StatusWord(StatusWord::kVerifyFailedNoCounter)) {  // §1: 6300, wrong MRZ
        wipe();
        access.status = PassportAccess::Status::Rejected;
        return access;
    }
    if (sw == StatusWord(StatusWord::kReferencedDataNotFound)) {  // §1: 6A88, a PACE-only chip
        wipe();
        access.detail = tr("the chip accepts PACE only (6A88 to BAC)");
        return access;
    }
    if (!answer->isSuccess()) {
        wipe();
        return ReaderError::refused(sw, QStringLiteral("EXTERNAL AUTHENTICATE: %1").arg(sw.meaning()));
    }
    auto established = session(keys, answer->data(), rndIc, rndIfd, kIfd);
    wipe();
    if (!established)
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("BAC: %1").arg(established.error()));
    access.status = PassportAccess::Status::Established;
    access.session = std::make_unique<SecureMessaging>(card, Cipher::TripleDes, established->encryption, established->mac, established->ssc);
    established->encryption.fill('\0');
    established->mac.fill('\0');
    return access;
}

} // namespace madoguchi
