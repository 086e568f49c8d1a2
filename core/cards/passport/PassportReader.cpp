#include "core/cards/passport/PassportReader.h"

#include "core/base/Logging.h"
#include "core/cards/RecordField.h"
#include "core/cards/SelectByName.h"
#include "core/cards/ValidityCheck.h"
#include "core/cards/passport/ActiveAuthentication.h"
#include "core/cards/passport/BacProtocol.h"
#include "core/cards/passport/ChipAuthentication.h"
#include "core/cards/passport/FaceImage.h"
#include "core/cards/passport/LdsFile.h"
#include "core/cards/passport/Mrz.h"
#include "core/cards/passport/PassportApplication.h"
#include "core/cards/passport/PassportChecks.h"
#include "core/cards/passport/SecurityObject.h"
#include "core/crypto/EcCurve.h"
#include "core/crypto/Random.h"
#include "core/reader/FileReader.h"
#include "core/text/DigitDate.h"

#include <QTimeZone>

namespace madoguchi {
namespace {

using R = Verification::Result;

constexpr quint8 kSfiCardAccess = 0x1C;                               // passport.md §3 step 0
// 9303-11 §9.2.5: without a ChipAuthenticationInfo, CA is ECDH with 3DES (id-CA-ECDH-3DES-CBC-CBC).
const QByteArray kCaEcdh3Des = QByteArray::fromHex("04007F0007020203" "0201");
// The data groups read besides DG14 and EF.COM, in this order (the issue's set).
constexpr int kReadGroups[] = {1, 2, 11, 12, 15};

// Errors that mean the card or the service is gone: no second session can help.
bool isGone(const ReaderError& error)
{
    switch (error.kind()) {
    case ReaderError::Kind::ServiceUnavailable:
    case ReaderError::Kind::NoReader:
    case ReaderError::Kind::NoCard:
    case ReaderError::Kind::CardRemoved:
    case ReaderError::Kind::CardMute:
    case ReaderError::Kind::Timeout: return true;
    default: return false;
    }
}

QString spaced(QString text)
{
    return text.replace(QLatin1Char('<'), QLatin1Char(' ')).simplified();
}

// The first PACEInfo this version speaks (ECDH generic mapping on a standardized curve), else the first.
std::optional<SecurityInfos::Pace> choosePace(const SecurityInfos& infos)
{
    for (const SecurityInfos::Pace& pace : infos.pace)
        if (pace.agreement == SecurityInfos::Agreement::Ecdh && pace.mapping == SecurityInfos::Mapping::Generic
            && EcCurve::byParameterId(pace.parameterId.value_or(-1)))
            return pace;
    if (!infos.pace.isEmpty())
        return infos.pace.first();
    return std::nullopt;
}

} // namespace

PassportReader::PassportReader(ApduTransport& card, const TrustStore& trust) : m_card(card), m_trust(trust) {}

PassportReader::~PassportReader() = default;

void PassportReader::stage(const char* name) const
{
    if (m_progress)
        m_progress(QLatin1String(name));
}

Result<bool, ReaderError> PassportReader::establish(CardReadOutcome& out, const Request& request)
{
    m_session.reset();
    QString paceOutcome;
    // §3 step 0: EF.CardAccess in the MF (SELECT MF first: §7, some chips need it; its answer does not matter).
    if (auto mf = m_card.transmit(CommandApdu(0x00, 0xA4, 0x00, 0x0C, QByteArray::fromHex("3F00"))); !mf)
        return mf.error();
    auto cardAccess = FileReader(m_card).read(FileRef::sfi(kSfiCardAccess));
    if (!cardAccess && isGone(cardAccess.error()))
        return cardAccess.error();
    std::optional<SecurityInfos::Pace> pace;
    bool ambiguous = false;
    if (cardAccess) {
        if (auto infos = SecurityInfos::parse(*cardAccess)) {
            pace = choosePace(*infos);
            ambiguous = infos->pace.size() > 1;
        } else {
            paceOutcome = tr("EF.CardAccess is unreadable (%1)").arg(infos.error());
        }
    }
    if (pace) {
        PaceProtocol::Password password;
        if (!request.can.isEmpty()) {
            password.kind = PaceProtocol::Password::Kind::Can;
            password.value = request.can.clone();
        } else {
            password.value = request.mrz->information().clone();
        }
        auto access = PaceProtocol::run(m_card, *pace, ambiguous, password);
        if (!access && isGone(access.error()))
            return access.error();
        if (!access) {
            paceOutcome = access.error().describe();
        } else if (access->status == PassportAccess::Status::Rejected) {
            out.credential.status = SafeVerify::Status::Rejected;
            return false;
        } else if (access->status == PassportAccess::Status::Established) {
            m_session = std::move(access->session);
            m_usedPace = true;
            out.record.fields.insert(RecordField::kAccessProtocol, access->protocol);
            if (auto select = SelectByName::require(*m_session, PassportApplication::kAid); !select)
                return select.error();
            return true;
        } else {
            paceOutcome = access->detail;
        }
        qCInfo(lcCard) << "PACE did not open the chip:" << paceOutcome << "- trying BAC";
    }
    if (!request.mrz)
        return ReaderError(ReaderError::Kind::Unsupported,
                           pace ? tr("PACE with the CAN failed (%1): enter the MRZ instead").arg(paceOutcome)
                                : tr("this document does not offer PACE, so the CAN cannot open it: enter the MRZ "
                                     "(document number, birth date, expiry date)"));
    // §1: BAC in the eMRTD application.
    if (auto select = SelectByName::require(m_card, PassportApplication::kAid); !select)
        return select.error();
    auto access = BacProtocol::run(m_card, request.mrz->information().view());
    if (!access)
        return access.error();
    switch (access->status) {
    case PassportAccess::Status::Rejected:
        out.credential.status = SafeVerify::Status::Rejected;
        return false;
    case PassportAccess::Status::NotSupported:
        return ReaderError(ReaderError::Kind::Unsupported,
                           pace ? tr("the chip accepts PACE only, and PACE did not succeed: %1").arg(paceOutcome)
                                //: %1: why BAC failed; the chip offers only PACE variants this version lacks.
                                : tr("%1, and offers no PACE this version speaks").arg(access->detail));
    case PassportAccess::Status::Established: break;
    }
    m_session = std::move(access->session);
    m_usedPace = false;
    out.record.fields.insert(RecordField::kAccessProtocol, access->protocol);
    return true;
}

Result<bool, ReaderError> PassportReader::chipAuthentication(CardReadOutcome& out, const Request& request)
{
    const SecurityInfos& infos = *m_chipInfos;
    const SecurityInfos::ChipAuthenticationKey& key = infos.chipAuthenticationKeys.first();
    SecurityInfos::ChipAuthentication info;
    info.protocol = kCaEcdh3Des;
    info.cipher = IcaoKdf::Cipher::TripleDes;
    for (const SecurityInfos::ChipAuthentication& offered : infos.chipAuthentication)
        if (!key.keyId || !offered.keyId || offered.keyId == key.keyId) {
            info = offered;
            break;
        }
    m_caInfo = info;
    m_caKey = key;
    auto access = ChipAuthentication::run(*m_session, m_card, info, key);
    if (!access && isGone(access.error()))
        return access.error();
    QString why;
    if (!access)
        why = access.error().describe();
    else if (access->status != PassportAccess::Status::Established)
        why = access->detail;
    if (why.isEmpty()) {
        m_session = std::move(access->session);
        // Success is implicit (§5): the next answer must verify under the new keys.
        auto probe = m_session->transmit(FileReader::selectEf(LdsFile::kCom));
        if (probe && probe->isSuccess()) {
            m_chipAuthenticated = true;
            out.verification.add(PassportChecks::kChipAuthentication, R::Pass,
                                 tr("the chip proved it holds the private key of DG14 (%1)").arg(access->protocol));
            return true;
        }
        if (!probe && isGone(probe.error()))
            return probe.error();
        why = tr("the chip's answer did not verify under the new keys: it does not hold the key of DG14");
    }
    // Read on without it (m_chipAuthenticated stays false: a new session will not try it again).
    out.verification.add(PassportChecks::kChipAuthentication, R::Fail, why);
    return establish(out, request);
}

Result<QByteArray, ReaderError> PassportReader::readFile(CardReadOutcome& out, quint16 fid, const Request& request)
{
    for (int attempt = 0;; ++attempt) {
        auto bytes = FileReader(*m_session).readIfPresent(FileRef::fid(fid), FileReader::Options{});
        if (bytes || !m_session->lost() || attempt > 0 || isGone(bytes.error()))
            return bytes;
        // §2, §7: after an SM error the chip has dropped its keys: set the session up again, once.
        qCInfo(lcCard) << "secure messaging ended while reading file" << Qt::hex << fid << "- setting it up again";
        out.record.fields.insert(RecordField::kSessionsRestarted, QString::number(attempt + 1));
        auto again = establish(out, request);
        if (!again)
            return again.error();
        // The credential opened this chip a moment ago: a refusal now says the chip or the link is at fault.
        if (!*again)
            return ReaderError(ReaderError::Kind::CardMute,
                               tr("secure messaging broke down (%1), and the chip then refused the credential it had accepted")
                                   .arg(bytes.error().detail()));
        if (m_chipAuthenticated) {
            auto ca = ChipAuthentication::run(*m_session, m_card, m_caInfo, m_caKey);
            if (!ca)
                return ca.error();
            if (ca->session)
                m_session = std::move(ca->session);
        }
    }
}

void PassportReader::activeAuthentication(CardReadOutcome& out, const QByteArray& dg15)
{
    auto key = ActiveAuthentication::publicKey(dg15);
    if (!key) {
        out.verification.add(PassportChecks::kActiveAuthentication, R::Fail, key.error());
        return;
    }
    // §5: INTERNAL AUTHENTICATE 00 88 00 00 08 RND.IFD 00, under secure messaging.
    const QByteArray challenge = Random::bytes(8);
    auto answer = m_session->transmit(CommandApdu(0x00, 0x88, 0x00, 0x00, challenge, CommandApdu::kMaxShortLe));
    if (!answer) {
        out.verification.add(PassportChecks::kActiveAuthentication, R::Fail, tr("the chip did not answer the challenge: %1").arg(answer.error().describe()));
        return;
    }
    if (!answer->isSuccess()) {
        out.verification.add(PassportChecks::kActiveAuthentication, R::Fail, tr("the chip refused to sign the challenge (%1)").arg(answer->sw().toHex()));
        return;
    }
    auto verified = ActiveAuthentication::verify(key->get(), m_chipInfos ? m_chipInfos->activeAuthenticationAlgorithm : std::nullopt, challenge,
                                                 answer->data());
    if (verified.valid)
        out.verification.add(PassportChecks::kActiveAuthentication, R::Pass, tr("the chip signed a fresh challenge with the key of DG15 (%1)").arg(verified.detail));
    else
        out.verification.add(PassportChecks::kActiveAuthentication, R::Fail, verified.detail);
}

void PassportReader::fillRecord(CardReadOutcome& out, const Request& request)
{
    IdentityRecord& record = out.record;
    const QDate today = request.now.toTimeZone(QTimeZone("Asia/Tokyo")).date();
    std::optional<Mrz> mrz;
    if (auto characters = LdsFile::mrzCharacters(m_groups.value(1))) {
        if (auto parsed = Mrz::parse(*characters))
            mrz = std::move(parsed).value();
    }
    if (mrz) {
        record.documentNumber = mrz->documentNumber;
        record.nameLatin = (mrz->surname + QLatin1Char(' ') + mrz->givenNames).trimmed();
        record.name = record.nameLatin;
        record.birthDate = Mrz::birthDateOf(mrz->birthDate, today);
        record.expiryDate = Mrz::expiryDateOf(mrz->expiryDate);
        record.sex = mrz->sex == QLatin1String("M") ? IdentityRecord::Sex::Male
                     : mrz->sex == QLatin1String("F") ? IdentityRecord::Sex::Female
                                                      : IdentityRecord::Sex::Unspecified;
        record.setNationality(mrz->nationality);
        record.fields.insert(RecordField::kDocumentCode, mrz->documentCode);
        record.fields.insert(RecordField::kIssuingState, mrz->issuingState);
        if (!mrz->optionalData.isEmpty())
            record.fields.insert(RecordField::kMrzOptionalData, mrz->optionalData);
    }
    if (m_groups.contains(2)) {
        if (auto face = FaceImage::parse(m_groups.value(2)))
            record.face = std::move(face).value();
        else
            record.fields.insert(RecordField::kFaceUnreadable, face.error());
    }
    if (auto details = LdsFile::items(m_groups.value(11), 0x6B)) {
        if (details->contains(0x5F0E))
            record.fields.insert(RecordField::kFullName, spaced(QString::fromUtf8(details->value(0x5F0E))));
        if (const QDate full = DigitDate::parse(details->value(0x5F2B)); full.isValid())
            record.birthDate = full;
        if (details->contains(0x5F11))
            record.fields.insert(RecordField::kPlaceOfBirth, spaced(QString::fromUtf8(details->value(0x5F11))));
        if (details->contains(0x5F42))
            record.address = spaced(QString::fromUtf8(details->value(0x5F42)));
    }
    if (record.address.isEmpty())
        record.fields.insert(RecordField::kAddressNote,
                             tr("the passport holds no address (Japanese passports issued from 2020 carry none): "
                                "confirm the address with another document"));
    if (auto issue = LdsFile::items(m_groups.value(12), 0x6C)) {
        if (issue->contains(0x5F19))
            record.fields.insert(RecordField::kIssuingAuthority, spaced(QString::fromUtf8(issue->value(0x5F19))));
        record.issueDate = DigitDate::parse(issue->value(0x5F26));
    }
    record.issuer = record.fields.value(RecordField::kIssuingAuthority, record.fields.value(RecordField::kIssuingState));

    // §5 check 6: the MRZ of the chip against the one entered.
    if (!mrz) {
        out.verification.add(PassportChecks::kMrzMatch, R::Fail, tr("DG1 holds no readable MRZ"));
    } else if (!request.mrz) {
        out.verification.add(PassportChecks::kMrzMatch, R::NotChecked, tr("the CAN was used: compare the MRZ shown with the data page"));
    } else if (mrz->documentNumber.toLatin1() != request.mrz->documentNumber() || mrz->birthDate.toLatin1() != request.mrz->birthDate()
               || mrz->expiryDate.toLatin1() != request.mrz->expiryDate()) {
        out.verification.add(PassportChecks::kMrzMatch, R::Fail, tr("the chip's MRZ differs from the one entered"));
    } else if (!mrz->checkDigitsValid) {
        out.verification.add(PassportChecks::kMrzMatch, R::Fail, tr("the chip's MRZ has a wrong check digit"));
    } else {
        out.verification.add(PassportChecks::kMrzMatch, R::Pass, tr("the chip's MRZ is the one entered, check digits right"));
    }
    if (mrz)
        mrz->wipe();
    ValidityCheck::add(out.verification, PassportChecks::kDocumentExpiry, record.expiryDate, request.now);
}

Result<CardReadOutcome, ReaderError> PassportReader::read(const Request& request)
{
    CardReadOutcome out;
    out.record.type = DocumentType::Passport;
    m_progress = request.progress;
    stage("authenticate");
    const QList<QString> allChecks{PassportChecks::kSodSignature,      PassportChecks::kDsCertificate, PassportChecks::kDataGroupHashes,
                                   PassportChecks::kActiveAuthentication, PassportChecks::kMrzMatch,   PassportChecks::kDocumentExpiry};
    if (!request.mrz && request.can.isEmpty()) {
        for (const QString& check : allChecks)
            out.verification.add(check, R::NotChecked, tr("no MRZ or CAN given: the chip opens only with one of them"));
        return out;
    }
    out.credential.route = request.can.isEmpty() ? QStringLiteral("mrz") : QStringLiteral("can");
    auto established = establish(out, request);
    if (!established)
        return established.error();
    if (!*established) {
        for (const QString& check : allChecks)
            out.verification.add(check, R::NotChecked, tr("the chip did not accept the MRZ or CAN: nothing was read"));
        return out;
    }
    out.credential.status = SafeVerify::Status::Verified;
    out.verification.add(m_usedPace ? PassportChecks::kPace : PassportChecks::kBac, R::Pass,
                         //: %1: the protocol, e.g. BAC or PACE-ECDH-GM-AES-128.
                         tr("secure messaging opened with %1").arg(out.record.fields.value(RecordField::kAccessProtocol)));

    auto com = readFile(out, LdsFile::kCom, request);
    if (!com)
        return com.error();
    auto groups = LdsFile::dataGroups(*com);
    if (!groups)
        return ReaderError(ReaderError::Kind::Malformed, groups.error());
    if (groups->contains(14)) {
        auto dg14 = readFile(out, LdsFile::fidOf(14), request);
        if (!dg14)
            return dg14.error();
        m_groups.insert(14, *dg14);
        if (auto infos = SecurityInfos::parse(*dg14)) {
            m_chipInfos = std::move(infos).value();
            if (!m_chipInfos->chipAuthenticationKeys.isEmpty()) {
                stage("authenticate");
                auto ca = chipAuthentication(out, request);
                if (!ca)
                    return ca.error();
            }
        } else {
            out.verification.add(PassportChecks::kChipAuthentication, R::Fail, tr("DG14 is unreadable: %1").arg(infos.error()));
        }
    }
    stage("text");
    for (int group : kReadGroups) {
        if (!groups->contains(group))
            continue;
        if (group == 2)
            stage("photo");
        auto bytes = readFile(out, LdsFile::fidOf(group), request);
        if (!bytes)
            return bytes.error();
        if (!bytes->isEmpty())
            m_groups.insert(group, std::move(bytes).value());
    }
    stage("certificate");
    auto sodBytes = readFile(out, LdsFile::kSod, request);
    if (!sodBytes)
        return sodBytes.error();

    if (m_groups.contains(15))
        activeAuthentication(out, m_groups.value(15));
    else if (!out.verification.result(PassportChecks::kChipAuthentication))
        out.verification.add(PassportChecks::kActiveAuthentication, R::NotChecked,
                             tr("the document supports neither Active nor Chip Authentication: a copied chip cannot be told from the original"));

    fillRecord(out, request);
    if (sodBytes->isEmpty()) {
        for (const QString& check : {PassportChecks::kSodSignature, PassportChecks::kDsCertificate, PassportChecks::kDataGroupHashes})
            out.verification.add(check, R::NotChecked, tr("the chip has no EF.SOD"));
    } else if (auto sod = SecurityObject::parse(*sodBytes)) {
        PassportChecks::passive(out.verification, m_trust, *sod, m_groups, out.record.issueDate.isValid() ? std::optional(out.record.issueDate) : std::nullopt);
    } else {
        out.verification.add(PassportChecks::kSodSignature, R::Fail, sod.error());
        out.verification.add(PassportChecks::kDsCertificate, R::NotChecked, tr("EF.SOD is unreadable"));
        out.verification.add(PassportChecks::kDataGroupHashes, R::NotChecked, tr("EF.SOD is unreadable"));
    }
    for (QByteArray& bytes : m_groups)
        bytes.fill('\0');
    m_groups.clear();
    m_session.reset();
    return out;
}

} // namespace madoguchi
