#include "core/sim/PassportChip.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/base/BigEndian.h"
#include "core/crypto/BlockCipher.h"
#include "core/crypto/EcCurve.h"
#include "core/crypto/Ecdsa.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/Random.h"
#include "core/sim/SimFiles.h"
#include "core/sim/VirtualCard.h"

#include <QCryptographicHash>

#include <openssl/rsa.h>

namespace madoguchi {
namespace {

using Algorithm = BlockCipher::Algorithm;

ResponseApdu status(quint16 sw)
{
    return ResponseApdu(StatusWord(sw));
}

Algorithm algorithmOf(IcaoKdf::Cipher cipher)
{
    return cipher == IcaoKdf::Cipher::TripleDes ? Algorithm::TripleDes : Algorithm::Aes;
}

// The objects inside a command's data field (SM objects, or the 7C of GENERAL AUTHENTICATE), by tag;
// nullopt when the data is not well-formed.
std::optional<QMap<quint32, QByteArray>> objectsOf(QByteArrayView data)
{
    QMap<quint32, QByteArray> out;
    BerTlvReader reader(data);
    while (!reader.atEnd()) {
        auto object = reader.next();
        if (!object)
            return std::nullopt;
        out.insert(object->tag(), object->encoded().toByteArray());
    }
    return out;
}

QByteArray valueOf(const QByteArray& encoded)
{
    auto object = BerTlv::parse(encoded);
    return object ? object->value().toByteArray() : QByteArray();
}

// The dynamic authentication data 7C { … } of GENERAL AUTHENTICATE, by inner tag.
std::optional<QMap<quint32, QByteArray>> dynamicData(QByteArrayView data)
{
    auto outer = BerTlv::parse(data);
    if (!outer || outer->tag() != 0x7C)
        return std::nullopt;
    auto inner = objectsOf(outer->value());
    if (!inner)
        return std::nullopt;
    for (QByteArray& value : *inner)
        value = valueOf(value);
    return inner;
}

// passport.md §3 step 5: MAC over 7F49 { 06 OID, 86 point }; CMAC without padding, or retail MAC.
QByteArray token(IcaoKdf::Cipher cipher, const QByteArray& macKey, const QByteArray& protocol, QByteArrayView point)
{
    const QByteArray input = SimFiles::tlv(0x7F49, SimFiles::tlv(0x06, protocol) + SimFiles::tlv(0x86, point));
    return cipher == IcaoKdf::Cipher::TripleDes ? BlockCipher::retailMac(macKey, input) : BlockCipher::aesCmac(macKey, input).left(8);
}

} // namespace

// One secure-messaging session of the chip (passport.md §2): keys and send sequence counter.
struct PassportChip::Session
{
    Algorithm algorithm;
    QByteArray encryption;
    QByteArray mac;
    QByteArray ssc;

    ~Session()
    {
        encryption.fill('\0');
        mac.fill('\0');
    }
    int block() const { return BlockCipher::blockSize(algorithm); }
    void increment()
    {
        for (qsizetype i = ssc.size() - 1; i >= 0; --i) {
            ssc[i] = char(quint8(ssc[i]) + 1);
            if (ssc[i] != '\0')
                break;
        }
    }
    QByteArray iv() const { return algorithm == Algorithm::Aes ? BlockCipher::encryptCbc(algorithm, encryption, ssc) : QByteArray(); }
    QByteArray seal(QByteArrayView data) const { return BlockCipher::encryptCbc(algorithm, encryption, BlockCipher::pad(data, block()), iv()); }
    std::optional<QByteArray> open(QByteArrayView data) const { return BlockCipher::unpad(BlockCipher::decryptCbc(algorithm, encryption, data, iv())); }
    QByteArray authenticate(QByteArrayView data) const
    {
        const QByteArray input = ssc + data.toByteArray();
        return algorithm == Algorithm::TripleDes ? BlockCipher::retailMac(mac, input) : BlockCipher::aesCmac(mac, BlockCipher::pad(input, block())).left(8);
    }
};

// PACE in progress (passport.md §3).
struct PassportChip::Pace
{
    QByteArray passwordKey;  // Kπ
    QByteArray nonce;        // s
    std::optional<EcCurve> curve;
    QByteArray generator;    // Ĝ
    QByteArray terminalKey;  // PK_IFD
    QByteArray chipKey;      // PK_IC
    QByteArray encryption;
    QByteArray mac;
    int step = 1;

    ~Pace()
    {
        for (QByteArray* bytes : {&passwordKey, &nonce, &encryption, &mac})
            bytes->fill('\0');
    }
};

PassportChip::PassportChip(Config config) : m_config(std::move(config)) {}

PassportChip::~PassportChip() = default;

void PassportChip::reset()
{
    m_challenge.clear();
    m_session.reset();
    m_nextSession.reset();
    m_pace.reset();
    m_caTemplateSet = false;
}

std::optional<ResponseApdu> PassportChip::handle(const CommandApdu& command, VirtualCard& card)
{
    if ((command.cla() & 0x0C) == 0x0C)
        return secure(command, card);
    return plain(command, card);
}

std::optional<ResponseApdu> PassportChip::plain(const CommandApdu& command, VirtualCard& card)
{
    // 9303-11 §9.8: a plain command ends secure messaging.
    m_session.reset();
    switch (command.ins()) {
    case 0xB0:
    case 0xB1:
        // The application's files only under secure messaging; EF.CardAccess in the MF in plain.
        if (card.currentDf().aid() == m_config.applicationAid)
            return status(StatusWord::kSecurityStatusNotSatisfied);
        return std::nullopt;
    case 0x84:
        if (command.le() < 8)
            return status(StatusWord::kWrongLength);
        m_challenge = m_config.fixedChallenge.isEmpty() ? Random::bytes(8) : m_config.fixedChallenge;
        return ResponseApdu(m_challenge, StatusWord(StatusWord::kSuccess));
    case 0x82: return externalAuthenticate(command);
    case 0x22:
        if (command.p1() == 0xC1 && command.p2() == 0xA4)
            return setAuthenticationTemplate(command);
        return status(StatusWord::kWrongParameters);
    case 0x86: return paceStep(command);
    case 0x88: return status(StatusWord::kSecurityStatusNotSatisfied);
    default: return std::nullopt;
    }
}

ResponseApdu PassportChip::externalAuthenticate(const CommandApdu& command)
{
    if (!m_config.bac)
        return status(StatusWord::kReferencedDataNotFound);  // §1: 6A88, PACE only
    const QByteArray challenge = std::exchange(m_challenge, QByteArray());
    if (challenge.isEmpty())
        return status(StatusWord::kConditionsNotSatisfied);
    if (command.data().size() != 40)
        return status(StatusWord::kWrongLength);
    // §1: Kseed = SHA-1(MRZ_information)[0..16]; Kenc, Kmac = KDF(Kseed, 1 / 2).
    const QByteArray seed = QCryptographicHash::hash(m_config.mrzInformation, QCryptographicHash::Sha1).left(16);
    const QByteArray kEnc = IcaoKdf::derive(seed, IcaoKdf::kEncryption, IcaoKdf::Cipher::TripleDes);
    const QByteArray kMac = IcaoKdf::derive(seed, IcaoKdf::kMac, IcaoKdf::Cipher::TripleDes);
    const QByteArray encrypted = command.data().left(32);
    if (BlockCipher::retailMac(kMac, encrypted) != command.data().mid(32))
        return status(StatusWord::kVerifyFailedNoCounter);
    const QByteArray s = BlockCipher::decryptCbc(Algorithm::TripleDes, kEnc, encrypted);  // RND.IFD ‖ RND.IC ‖ K.IFD
    if (s.mid(8, 8) != challenge)
        return status(StatusWord::kVerifyFailedNoCounter);
    const QByteArray kIc = m_config.fixedKeyShare.isEmpty() ? Random::bytes(16) : m_config.fixedKeyShare;
    const QByteArray r = challenge + s.left(8) + kIc;
    const QByteArray answer = BlockCipher::encryptCbc(Algorithm::TripleDes, kEnc, r);
    QByteArray sessionSeed(16, '\0');
    for (int i = 0; i < 16; ++i)
        sessionSeed[i] = char(s[16 + i] ^ kIc[i]);
    m_session = std::make_unique<Session>(Session{Algorithm::TripleDes, IcaoKdf::derive(sessionSeed, IcaoKdf::kEncryption, IcaoKdf::Cipher::TripleDes),
                                                  IcaoKdf::derive(sessionSeed, IcaoKdf::kMac, IcaoKdf::Cipher::TripleDes),
                                                  challenge.right(4) + s.mid(4, 4)});
    return ResponseApdu(answer + BlockCipher::retailMac(kMac, answer), StatusWord(StatusWord::kSuccess));
}

ResponseApdu PassportChip::setAuthenticationTemplate(const CommandApdu& command)
{
    m_pace.reset();
    auto objects = objectsOf(command.data());
    if (!objects || m_config.paceProtocol.isEmpty() || valueOf(objects->value(0x80)) != m_config.paceProtocol)
        return status(StatusWord::kReferencedDataNotFound);
    if (objects->contains(0x84) && valueOf(objects->value(0x84)) != QByteArray(1, char(m_config.paceParameterId)))
        return status(StatusWord::kReferencedDataNotFound);
    const QByteArray reference = valueOf(objects->value(0x83));
    QByteArray password;
    if (reference == QByteArray(1, 0x01))
        password = QCryptographicHash::hash(m_config.mrzInformation, QCryptographicHash::Sha1);  // §3: all 20 bytes
    else if (reference == QByteArray(1, 0x02) && !m_config.can.isEmpty())
        password = m_config.can;
    else
        return status(StatusWord::kReferencedDataNotFound);
    m_pace = std::make_unique<Pace>();
    m_pace->passwordKey = IcaoKdf::derive(password, IcaoKdf::kPassword, m_config.paceCipher);
    m_pace->curve = EcCurve::byParameterId(m_config.paceParameterId);
    password.fill('\0');
    return status(StatusWord::kSuccess);
}

ResponseApdu PassportChip::paceStep(const CommandApdu& command)
{
    if (!m_pace || !m_pace->curve)
        return status(StatusWord::kConditionsNotSatisfied);
    Pace& pace = *m_pace;
    const EcCurve& curve = *pace.curve;
    const bool last = pace.step == 4;
    // §3: CLA 10 (chained) for every step but the last.
    if (command.cla() != (last ? 0x00 : 0x10)) {
        m_pace.reset();
        return status(0x6883);  // last command of the chain expected (ISO/IEC 7816-4 table 6)
    }
    auto data = dynamicData(command.data());
    if (!data) {
        m_pace.reset();
        return status(StatusWord::kWrongData);
    }
    const Algorithm algorithm = algorithmOf(m_config.paceCipher);
    const auto answer = [](quint8 tag, QByteArrayView value) { return ResponseApdu(SimFiles::tlv(0x7C, SimFiles::tlv(tag, value)), StatusWord(StatusWord::kSuccess)); };
    switch (pace.step) {
    case 1: {
        pace.nonce = Random::bytes(BlockCipher::blockSize(algorithm));
        pace.step = 2;
        return answer(0x80, BlockCipher::encryptCbc(algorithm, pace.passwordKey, pace.nonce));
    }
    case 2: {
        const QByteArray mappingKey = curve.randomScalar();
        const QByteArray shared = curve.multiply(data->value(0x81), mappingKey);
        pace.generator = curve.add(curve.multiplyGenerator(pace.nonce), shared);
        if (pace.generator.isEmpty()) {
            m_pace.reset();
            return status(StatusWord::kWrongData);
        }
        pace.step = 3;
        return answer(0x82, curve.multiplyGenerator(mappingKey));
    }
    case 3: {
        pace.terminalKey = data->value(0x83);
        const QByteArray ephemeralKey = curve.randomScalar();
        pace.chipKey = curve.multiply(pace.generator, ephemeralKey);
        QByteArray secret = curve.xCoordinate(curve.multiply(pace.terminalKey, ephemeralKey));
        if (secret.isEmpty() || pace.terminalKey == pace.chipKey) {
            m_pace.reset();
            return status(StatusWord::kWrongData);
        }
        pace.encryption = IcaoKdf::derive(secret, IcaoKdf::kEncryption, m_config.paceCipher);
        pace.mac = IcaoKdf::derive(secret, IcaoKdf::kMac, m_config.paceCipher);
        secret.fill('\0');
        pace.step = 4;
        return answer(0x84, pace.chipKey);
    }
    default: {
        const bool good = data->value(0x85) == token(m_config.paceCipher, pace.mac, m_config.paceProtocol, pace.chipKey);
        if (!good) {
            m_pace.reset();
            return status(StatusWord::kVerifyFailedNoCounter);  // a wrong password: the tokens differ
        }
        const QByteArray chipToken = token(m_config.paceCipher, pace.mac, m_config.paceProtocol, pace.terminalKey);
        m_session = std::make_unique<Session>(Session{algorithm, pace.encryption, pace.mac, QByteArray(BlockCipher::blockSize(algorithm), '\0')});
        m_pace.reset();
        return answer(0x86, chipToken);
    }
    }
}

ResponseApdu PassportChip::secure(const CommandApdu& command, VirtualCard& card)
{
    if (!m_session)
        return status(StatusWord::kSmDataObjectsMissing);
    Session& session = *m_session;
    session.increment();
    auto objects = objectsOf(command.data());
    if (!objects || !objects->contains(0x8E)) {
        m_session.reset();
        return status(StatusWord::kSmDataObjectsMissing);
    }
    // §2: MAC over SSC ‖ pad(CLA INS P1 P2) ‖ DO87/DO85 ‖ DO97.
    QByteArray header;
    header.append(char(command.cla())).append(char(command.ins())).append(char(command.p1())).append(char(command.p2()));
    const QByteArray cryptogramObject = objects->value(0x87, objects->value(0x85));
    const QByteArray macInput = BlockCipher::pad(header, session.block()) + cryptogramObject + objects->value(0x97);
    if (session.authenticate(macInput) != valueOf(objects->value(0x8E))) {
        m_session.reset();
        return status(StatusWord::kSmDataObjectsIncorrect);
    }
    QByteArray data;
    if (!cryptogramObject.isEmpty()) {
        QByteArray cryptogram = valueOf(cryptogramObject);
        if (objects->contains(0x87))
            cryptogram.remove(0, 1);  // padding indicator 01
        auto opened = session.open(cryptogram);
        if (!opened) {
            m_session.reset();
            return status(StatusWord::kSmDataObjectsIncorrect);
        }
        data = *opened;
    }
    int le = CommandApdu::kNoLe;
    if (objects->contains(0x97)) {
        const QByteArray value = valueOf(objects->value(0x97));
        const int n = int(BigEndian::value(value));
        le = n != 0 ? n : (value.size() == 1 ? CommandApdu::kMaxShortLe : CommandApdu::kMaxExtendedLe);
    }
    const CommandApdu inner(0x00, command.ins(), command.p1(), command.p2(), data, le);
    ResponseApdu result;
    if (command.ins() == 0x88)
        result = internalAuthenticate(inner);
    else if (command.ins() == 0x22 && command.p1() == 0x41)
        result = chipAuthentication(inner);
    else if (command.ins() == 0x86)
        result = chipAuthentication(inner);
    else
        result = card.process(inner);

    // §2: DO87 (or DO85 for odd INS), DO99, DO8E over SSC ‖ DO87 ‖ DO99.
    session.increment();
    QByteArray answer;
    if (!result.data().isEmpty()) {
        const QByteArray sealed = session.seal(result.data());
        answer += (command.ins() & 1) ? SimFiles::tlv(0x85, sealed) : SimFiles::tlv(0x87, QByteArray(1, 0x01) + sealed);
    }
    const quint16 sw = result.sw().value();
    answer += SimFiles::tlv(0x99, QByteArray().append(char(sw >> 8)).append(char(sw & 0xFF)));
    answer += SimFiles::tlv(0x8E, session.authenticate(answer));
    if (m_nextSession)
        m_session = std::move(m_nextSession);  // Chip Authentication: new keys from the next command on
    return ResponseApdu(answer, result.sw());
}

ResponseApdu PassportChip::internalAuthenticate(const CommandApdu& command)
{
    EVP_PKEY* key = m_config.activeAuthenticationKey.get();
    if (!key)
        return status(StatusWord::kInsNotSupported);
    if (command.data().size() != 8)
        return status(StatusWord::kWrongLength);
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC)
        return ResponseApdu(Ecdsa::signRaw(key, EVP_sha256(), command.data()), StatusWord(StatusWord::kSuccess));
    // §5: F = 6A ‖ M1 ‖ SHA-1(M1 ‖ RND.IFD) ‖ BC over the whole modulus, then the raw private operation.
    const int size = EVP_PKEY_get_size(key);
    const QByteArray m1 = Random::bytes(size - 22);
    const QByteArray f = QByteArray(1, 0x6A) + m1 + QCryptographicHash::hash(m1 + command.data(), QCryptographicHash::Sha1) + QByteArray(1, char(0xBC));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    QByteArray signature(size, '\0');
    size_t length = size_t(size);
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) != 1
        || EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, reinterpret_cast<const unsigned char*>(f.constData()),
                         size_t(f.size())) != 1)
        return status(StatusWord::kNoPreciseDiagnosis);
    return ResponseApdu(signature, StatusWord(StatusWord::kSuccess));
}

ResponseApdu PassportChip::chipAuthentication(const CommandApdu& command)
{
    EVP_PKEY* key = m_config.chipAuthenticationKey.get();
    if (!key)
        return status(StatusWord::kInsNotSupported);
    auto objects = objectsOf(command.data());
    if (!objects)
        return status(StatusWord::kWrongData);
    QByteArray terminalKey;
    if (command.ins() == 0x22 && command.p2() == 0xA4) {  // MSE:Set AT (AES variant): 80 protocol
        m_caTemplateSet = true;
        return status(StatusWord::kSuccess);
    }
    if (command.ins() == 0x22 && command.p2() == 0xA6) {  // MSE:Set KAT (3DES variant): 91 key
        terminalKey = valueOf(objects->value(0x91));
    } else if (command.ins() == 0x86 && m_caTemplateSet) {  // GENERAL AUTHENTICATE 7C { 80 key }
        auto dynamic = dynamicData(command.data());
        if (!dynamic)
            return status(StatusWord::kWrongData);
        terminalKey = dynamic->value(0x80);
    } else {
        return status(StatusWord::kConditionsNotSatisfied);
    }
    const auto curve = EcCurve::ofKey(key);
    QByteArray secret = curve ? curve->xCoordinate(curve->multiply(terminalKey, EcCurve::privateScalar(key))) : QByteArray();
    if (secret.isEmpty())
        return status(StatusWord::kWrongData);
    const IcaoKdf::Cipher cipher = m_config.chipAuthenticationCipher;
    const Algorithm algorithm = algorithmOf(cipher);
    m_nextSession = std::make_unique<Session>(Session{algorithm, IcaoKdf::derive(secret, IcaoKdf::kEncryption, cipher),
                                                      IcaoKdf::derive(secret, IcaoKdf::kMac, cipher), QByteArray(BlockCipher::blockSize(algorithm), '\0')});
    secret.fill('\0');
    m_caTemplateSet = false;
    if (command.ins() == 0x86)
        return ResponseApdu(QByteArray::fromHex("7C00"), StatusWord(StatusWord::kSuccess));
    return status(StatusWord::kSuccess);
}

} // namespace madoguchi
