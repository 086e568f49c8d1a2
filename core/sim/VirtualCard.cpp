#include "core/sim/VirtualCard.h"

#include "core/apdu/BerTlv.h"
#include "core/base/BigEndian.h"
#include "core/crypto/Random.h"

#include <QThread>

namespace madoguchi {
namespace {

constexpr quint8 kInsSelect = 0xA4;
constexpr quint8 kInsReadBinary = 0xB0;
constexpr quint8 kInsReadBinaryOdd = 0xB1;
constexpr quint8 kInsVerify = 0x20;
constexpr quint8 kInsGetChallenge = 0x84;
constexpr quint8 kInsGeneralAuthenticate = 0x86;  // passport.md §3: the PACE steps
constexpr quint8 kInsManageSecurityEnvironment = 0x22;  // passport.md §3 (PACE), §5 (CA): MSE:Set AT / KAT

ResponseApdu status(quint16 sw)
{
    return ResponseApdu(StatusWord(sw));
}

} // namespace

VirtualCard::VirtualCard(QByteArray atr, DedicatedFile mf, Options options)
    : m_atr(std::move(atr)), m_options(options), m_mf(std::move(mf))
{
}

void VirtualCard::addApplication(DedicatedFile df)
{
    m_applications.append(std::move(df));
}

void VirtualCard::setProfile(std::unique_ptr<CardProfile> profile)
{
    m_profile = std::move(profile);
}

void VirtualCard::reset()
{
    QMutexLocker lock(&m_mutex);
    m_currentDf = -1;
    m_hasCurrentEf = false;
    m_verified.clear();
    m_lastChallenge.clear();
    m_hostile.reset();
    if (m_profile)
        m_profile->reset();
}

QByteArray VirtualCard::respond(QByteArrayView bytes)
{
    if (m_options.quirks.delayMs > 0)
        QThread::msleep(ulong(m_options.quirks.delayMs));
    QMutexLocker lock(&m_mutex);
    auto command = CommandApdu::parse(bytes);
    if (!command)
        return status(StatusWord::kWrongLength).encode();
    if (m_options.quirks.paceDelayMs > 0 && command->ins() == kInsGeneralAuthenticate)
        QThread::msleep(ulong(m_options.quirks.paceDelayMs));
    if (command->isExtended() && !m_options.extendedLength)
        return status(StatusWord::kWrongLength).encode();
    // A plain command here; one unwrapped from secure messaging in process() (its Le is DO97).
    if (command->cla() == 0x00 && refusesLe(*command))
        return status(StatusWord::kWrongLength).encode();
    if (m_profile) {
        if (auto answer = m_profile->handle(*command, *this))
            return answer->encode();
    }
    return process(*command).encode();
}

bool VirtualCard::refusesLe(const CommandApdu& command) const
{
    // passport.md §2, §7: some documents answer 6700 to a SELECT or an MSE that carries an Le.
    const bool selectOrMse = command.ins() == kInsSelect || command.ins() == kInsManageSecurityEnvironment;
    return m_options.quirks.selectLeRefused && selectOrMse && command.hasLe();
}

ResponseApdu VirtualCard::process(const CommandApdu& command)
{
    if (command.cla() != 0x00)
        return status(StatusWord::kClaNotSupported);
    if (refusesLe(command))
        return status(StatusWord::kWrongLength);
    switch (command.ins()) {
    case kInsSelect: return select(command);
    case kInsReadBinary:
    case kInsReadBinaryOdd: return readBinary(command);
    case kInsVerify: return verify(command);
    case kInsGetChallenge: return getChallenge(command);
    default: return status(StatusWord::kInsNotSupported);
    }
}

QList<QByteArray> VirtualCard::fileContents() const
{
    QList<QByteArray> contents;
    const auto addFrom = [&contents](const DedicatedFile& df) {
        for (const ElementaryFile& file : df.files())
            contents.append(file.content);
    };
    addFrom(m_mf);
    for (const DedicatedFile& df : m_applications)
        addFrom(df);
    return contents;
}

DedicatedFile& VirtualCard::currentDf()
{
    return m_currentDf < 0 ? m_mf : m_applications[m_currentDf];
}

DedicatedFile* VirtualCard::dfByAid(QByteArrayView aid)
{
    for (DedicatedFile& df : m_applications)
        if (df.aid() == aid)
            return &df;
    return nullptr;
}

quint32 VirtualCard::keyId(quint16 fid) const
{
    return quint32(m_currentDf + 1) << 16 | fid;
}

bool VirtualCard::isVerified(quint16 keyFid) const
{
    // Keys of the MF (licence PIN1/PIN2) stay verified while an application is current.
    return m_verified.contains(keyId(keyFid)) || m_verified.contains(keyFid);
}

void VirtualCard::clearVerification()
{
    m_verified.clear();
}

ResponseApdu VirtualCard::select(const CommandApdu& command)
{
    const QByteArray& data = command.data();
    switch (command.p1()) {
    case 0x04: {  // by DF name (AID): mynumber.md §1, drivers-licence.md §A1
        DedicatedFile* df = dfByAid(data);
        if (!df)
            return status(StatusWord::kFileNotFound);
        const int index = int(df - m_applications.data());
        if (index != m_currentDf && m_options.dfSelectClearsVerification)
            clearVerification();
        m_currentDf = index;
        m_hasCurrentEf = false;
        return status(StatusWord::kSuccess);
    }
    case 0x00: {  // MF: drivers-licence.md §A1, with no data or with 3F00
        if (!data.isEmpty() && data != QByteArrayView("\x3F\x00", 2))
            return status(StatusWord::kFileNotFound);
        if (m_currentDf != -1 && m_options.dfSelectClearsVerification)
            clearVerification();
        m_currentDf = -1;
        m_hasCurrentEf = false;
        return status(StatusWord::kSuccess);
    }
    case 0x02: {  // EF under the current DF
        if (data.size() != 2)
            return status(StatusWord::kWrongLength);
        const quint16 fid = quint16((quint8(data[0]) << 8) | quint8(data[1]));
        DedicatedFile& df = currentDf();
        if (df.fileByFid(fid)) {
            m_currentIsKey = false;
        } else if (df.keyByFid(fid)) {
            m_currentIsKey = true;
        } else {
            return status(StatusWord::kFileNotFound);
        }
        m_currentEf = fid;
        m_hasCurrentEf = true;
        return status(StatusWord::kSuccess);
    }
    default:
        return status(StatusWord::kIncorrectP1P2);
    }
}

ResponseApdu VirtualCard::readBinary(const CommandApdu& command)
{
    DedicatedFile& df = currentDf();
    const bool odd = command.ins() == kInsReadBinaryOdd;
    qsizetype offset = 0;
    if (odd) {
        // ISO/IEC 7816-4 §11.2.3: P1-P2 0000 = current EF; data = DO54 with the offset.
        if (command.p1() != 0 || command.p2() != 0)
            return status(StatusWord::kIncorrectP1P2);
        auto offsetDo = BerTlv::parse(command.data());
        if (!offsetDo || offsetDo->tag() != 0x54 || offsetDo->value().isEmpty() || offsetDo->value().size() > 3
            || offsetDo->encoded().size() != command.data().size())
            return status(StatusWord::kWrongData);
        offset = qsizetype(BigEndian::value(offsetDo->value()));
    } else if (command.p1() & 0x80) {
        // SFI form: P1 = 80 | SFI, P2 = offset; the file becomes current (ISO/IEC 7816-4 §7.2.2).
        const quint8 sfi = command.p1() & 0x1F;
        ElementaryFile* file = df.fileBySfi(sfi);
        if (!file)
            return status(df.keyBySfi(sfi) ? StatusWord::kIncompatibleFileStructure : StatusWord::kFileNotFound);
        m_currentEf = file->fid;
        m_currentIsKey = false;
        m_hasCurrentEf = true;
        offset = command.p2();
    } else {
        offset = (qsizetype(command.p1()) << 8) | command.p2();
    }
    if (!m_hasCurrentEf)
        return status(StatusWord::kCommandNotAllowed);
    if (m_currentIsKey)
        return status(StatusWord::kIncompatibleFileStructure);
    const ElementaryFile* file = df.fileByFid(m_currentEf);
    if (!file)
        return status(StatusWord::kCommandNotAllowed);
    const bool allowed = file->readKeys.isEmpty()
                         || std::any_of(file->readKeys.cbegin(), file->readKeys.cend(),
                                        [this](quint16 key) { return isVerified(key); });
    if (!allowed)
        return status(StatusWord::kSecurityStatusNotSatisfied);
    const int le = command.hasLe() ? command.le() : CommandApdu::kMaxShortLe;
    const SimQuirks& quirks = m_options.quirks;
    if (quirks.largestRead > 0 && le > quirks.largestRead)
        return status(StatusWord::kWrongLength);
    ResponseApdu answer = readRange(*file, offset, quirks.answerCap > 0 ? std::min(le, quirks.answerCap) : le, odd);
    if (quirks.endOfFileWarning && !odd && answer.isSuccess() && answer.data().size() < le
        && offset + answer.data().size() >= file->content.size())
        answer = ResponseApdu(answer.data(), StatusWord(StatusWord::kEndOfFileReached));
    return m_hostile.spoilRead(answer, offset);
}

ResponseApdu VirtualCard::readRange(const ElementaryFile& file, qsizetype offset, int le, bool wrapInDo53)
{
    if (offset >= file.content.size())
        return status(StatusWord::kWrongParameters);
    const qsizetype remaining = file.content.size() - offset;
    if (!wrapInDo53)
        return ResponseApdu(file.content.mid(offset, std::min<qsizetype>(le, remaining)), StatusWord(StatusWord::kSuccess));
    // The answer is 53 L data, all of it within Le.
    qsizetype n = std::min<qsizetype>(remaining, le - 2);
    if (n >= 0x80)
        n = std::min<qsizetype>(remaining, le - 3);
    if (n >= 0x100)
        n = std::min<qsizetype>(remaining, le - 4);
    if (n <= 0)
        return status(StatusWord::kWrongLength);
    QByteArray out(1, char(0x53));
    if (n >= 0x100)
        out.append(char(0x82)).append(char(n >> 8)).append(char(n & 0xFF));
    else if (n >= 0x80)
        out.append(char(0x81)).append(char(n));
    else
        out.append(char(n));
    out.append(file.content.mid(offset, n));
    return ResponseApdu(out, StatusWord(StatusWord::kSuccess));
}

KeyReference* VirtualCard::findKey(quint8 p2)
{
    DedicatedFile& df = currentDf();
    if (p2 == 0x80)  // the key of the current EF (mynumber.md §2)
        return m_hasCurrentEf && m_currentIsKey ? df.keyByFid(m_currentEf) : nullptr;
    if ((p2 & 0xE0) != 0x80)
        return nullptr;
    const quint8 sfi = p2 & 0x1F;
    if (KeyReference* key = df.keyBySfi(sfi))
        return key;
    return m_currentDf >= 0 ? m_mf.keyBySfi(sfi) : nullptr;
}

ResponseApdu VirtualCard::verify(const CommandApdu& command)
{
    if (command.p1() != 0x00)
        return status(StatusWord::kIncorrectP1P2);
    KeyReference* key = findKey(command.p2());
    if (!key)
        return status(StatusWord::kReferencedDataNotFound);
    const bool inMf = m_currentDf >= 0 && m_mf.keyBySfi(command.p2() & 0x1F) == key;
    const quint32 id = inMf ? key->fid : keyId(key->fid);
    // Empty VERIFY: the retry query, which uses no try (mynumber.md §2).
    if (command.data().isEmpty())
        return status(quint16(0x63C0 | key->triesLeft));
    if (key->triesLeft == 0)
        return status(StatusWord::kReferenceDataNotUsable);
    if (command.data() == key->secret) {
        key->triesLeft = key->maxTries;
        m_verified.insert(id);
        return status(StatusWord::kSuccess);
    }
    m_verified.remove(id);
    --key->triesLeft;
    return status(quint16(0x63C0 | key->triesLeft));
}

ResponseApdu VirtualCard::getChallenge(const CommandApdu& command)
{
    // mynumber.md §2: Le 1..256; the extended form is refused with 6985.
    if (command.isExtended())
        return status(StatusWord::kConditionsNotSatisfied);
    if (!command.hasLe() || command.p1() != 0 || command.p2() != 0)
        return status(StatusWord::kIncorrectP1P2);
    m_lastChallenge = Random::bytes(command.le());
    return ResponseApdu(m_lastChallenge, StatusWord(StatusWord::kSuccess));
}

} // namespace madoguchi
