#include "core/cards/residence/ResidenceReader.h"

#include "core/apdu/BerTlv.h"

#include "core/apdu/CardFileTlv.h"
#include "core/base/Logging.h"
#include "core/cards/RecordField.h"
#include "core/cards/SelectByName.h"
#include "core/cards/ValidityCheck.h"
#include "core/cards/residence/ResidenceCard.h"
#include "core/cards/residence/ResidenceChecks.h"
#include "core/cards/residence/ResidenceDeliveryKey.h"
#include "core/cards/residence/ResidenceEntries.h"
#include "core/cards/residence/ResidenceSignatureFile.h"
#include "core/cards/residence/ResidenceStatusTable.h"
#include "core/cards/residence/ResidenceText.h"
#include "core/cards/residence/TextApStyleSession.h"
#include "core/crypto/Random.h"
#include "core/crypto/Rsa.h"
#include "core/image/BilevelTiff.h"
#include "core/image/Jpeg2000.h"
#include "core/reader/FileReader.h"
#include "core/text/DigitDate.h"

#include <QScopeGuard>

namespace madoguchi {
namespace {

using R = Verification::Result;

using namespace ResidenceCard;

// §B1, §B4: SFIs.
constexpr quint8 kSfiCommon = 0x0B;     // MF/EF01
constexpr quint8 kSfiCardType = 0x0A;   // MF/EF02
constexpr quint8 kSfiSignature = 0x02;  // DF3/EF01 (P1 82, not 81)
constexpr qsizetype kFrontImageSize = 7000;  // §B3: D0 and D1 zero-padded to these in the signed data
constexpr qsizetype kFaceSize = 3000;
// §B2 step 7: SM READ asks for everything with 96 02 00 00 (extended Le 00 00).
const QByteArray kReadAll = QByteArray::fromHex("96020000");
constexpr quint8 kClaSm = 0x08;

// The value of `tag` among the file's objects; empty when absent.
QByteArray valueOf(const QList<CardFileTlv::Item>& items, quint16 tag)
{
    for (const CardFileTlv::Item& item : items)
        if (item.tag == tag)
            return item.value.toByteArray();
    return {};
}

Result<QList<CardFileTlv::Item>, ReaderError> objects(QByteArrayView file, const char* what)
{
    auto items = CardFileTlv::readAll(file);
    if (!items)
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("%1: %2").arg(QLatin1String(what), items.error()));
    return std::move(items).value();
}

QByteArray withoutFiller(QByteArray bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == '\0')
        --end;
    bytes.truncate(end);
    return bytes;
}

// An image value with its format and size, as far as the bytes say. The 00 filler after a JPEG 2000
// image goes; a TIFF keeps it (its last directory may end in 00 bytes, and readers ignore the rest).
IdentityRecord::Image image(const QByteArray& value)
{
    IdentityRecord::Image out;
    if (BilevelTiff::sniff(value)) {
        out.format = QStringLiteral("tiff");
        out.bytes = value;
        if (auto decoded = BilevelTiff::decode(value)) {
            out.width = decoded->width();
            out.height = decoded->height();
        }
        return out;
    }
    out.bytes = withoutFiller(value);
    const Jpeg2000::Container container = Jpeg2000::sniff(out.bytes);
    if (container != Jpeg2000::Container::Unknown) {
        out.format = container == Jpeg2000::Container::Jp2 ? QStringLiteral("jp2") : QStringLiteral("j2k");
        if (auto info = Jpeg2000::info(out.bytes)) {
            out.width = info->width;
            out.height = info->height;
        }
    }
    return out;
}

// The photo, when the card has one (§B1 [U]: none, or an all-00 value, on cards issued under 16).
void setFace(IdentityRecord& record, const QByteArray& value)
{
    if (!withoutFiller(value).isEmpty())
        record.face = image(value);
}

// A one-character flag of DF2 ('0' / '1': §B1 D7, §B4 D8) as the record keeps it.
QString yesNo(QByteArrayView flag)
{
    return flag == "1" ? QStringLiteral("yes") : QStringLiteral("no");
}

// A text of DF2 (§B1 [U] encoding) into the record, with the encoding that read it.
void insertText(IdentityRecord& record, const QString& key, QByteArrayView value)
{
    if (const auto decoded = ResidenceText::decode(value)) {
        if (!decoded->text.isEmpty())
            record.fields.insert(key, decoded->text);
    } else {
        record.fields.insert(key + QStringLiteral("Unreadable"), QStringLiteral("no known text encoding"));
    }
}

} // namespace

void ResidenceReader::stage(const char* name) const
{
    if (m_progress)
        m_progress(QLatin1String(name));
}

Result<bool, ReaderError> ResidenceReader::authenticate(CardReadOutcome& out, const SecureBytes& cardNumber)
{
    auto& credential = out.credential;
    // §B2 step 2–4: GET CHALLENGE right before MUTUAL AUTHENTICATE.
    auto challenge = m_transport.transmit(CommandApdu(0x00, 0x84, 0x00, 0x00, {}, 8));
    if (!challenge)
        return challenge.error();
    if (!challenge->isSuccess() || challenge->data().size() != 8)
        return ReaderError::refused(challenge->sw(), QStringLiteral("GET CHALLENGE: %1").arg(challenge->sw().meaning()));
    const QByteArray rndIcc = challenge->data();
    const QByteArray rndIfd = Random::bytes(8);
    const QByteArray kIfd = Random::bytes(16);
    const QByteArray key = ResidenceSecureChannel::cardNumberKey(cardNumber.view());
    auto answer = m_transport.transmit(CommandApdu(0x00, 0x82, 0x00, 0x00, m_channel->authenticationData(key, rndIcc, rndIfd, kIfd),
                                                   CommandApdu::kMaxShortLe));
    if (!answer)
        return answer.error();
    if (answer->sw() == StatusWord(StatusWord::kVerifyFailedNoCounter)) {
        // §B2: 63 00 — keys from another card number (or a generation the card does not speak).
        credential.status = SafeVerify::Status::Rejected;
        return false;
    }
    if (!answer->isSuccess())
        return ReaderError::refused(answer->sw(), QStringLiteral("MUTUAL AUTHENTICATE: %1").arg(answer->sw().meaning()));
    auto sessionKey = m_channel->sessionKey(key, answer->data(), rndIcc, rndIfd, kIfd);
    if (!sessionKey) {
        out.verification.add(ResidenceChecks::kCardAuthentication, R::Fail, tr("the card's answer to mutual authentication is wrong: %1").arg(sessionKey.error()));
        return false;
    }
    m_sessionKey = *sessionKey;

    // §B2 step 6: VERIFY of the card number under secure messaging; 63 00 without a counter.
    auto accepted = cardNumberAccepted(
        out, m_transport.transmit(CommandApdu(kClaSm, 0x20, 0x00, 0x86, m_channel->verifyData(m_sessionKey, cardNumber.view()))));
    if (!accepted || !*accepted)
        return accepted;
    out.verification.add(ResidenceChecks::kCardAuthentication, R::Pass,
                         tr("the chip proved the keys of the card number and accepted it (%1)")
                             .arg(m_channel->generation() == ResidenceSecureChannel::Generation::First ? QStringLiteral("3DES")
                                                                                                        : QStringLiteral("AES-128")));
    return true;
}

Result<bool, ReaderError> ResidenceReader::cardNumberAccepted(CardReadOutcome& out, const Result<ResponseApdu, ReaderError>& verify)
{
    if (!verify)
        return verify.error();
    // §B2: 63 00, no counter; a 07/08 card may keep one (residence-card-0708.md §8: 63 Cx [U]).
    if (verify->sw() == StatusWord(StatusWord::kVerifyFailedNoCounter) || verify->sw().triesLeft()) {
        out.credential.status = SafeVerify::Status::Rejected;
        out.credential.triesLeft = verify->sw().triesLeft();
        return false;
    }
    if (!verify->isSuccess())
        return ReaderError::refused(verify->sw(), QStringLiteral("VERIFY: %1").arg(verify->sw().meaning()));
    out.credential.status = SafeVerify::Status::Verified;
    return true;
}

Result<bool, ReaderError> ResidenceReader::openSession(CardReadOutcome& out, SpecifiedSession& session, EVP_PKEY* deliveryKey,
                                                       const SecureBytes& cardNumber)
{
    // residence-card-0708.md §2: selecting the 在留 AP ends the session before.
    if (auto ap = SelectByName::require(m_transport, ResidenceCard::kOnMyNumberAid); !ap)
        return ap.error();
    QByteArray seed = Random::bytes(session.seedSize());
    QByteArray delivery = session.keyDelivery(seed);
    // §4, §5: RSA-OAEP (SHA-256, MGF1-SHA-256, no label) to the delivery key; 256 bytes.
    const QByteArray cryptogram = Rsa::encryptOaepSha256(deliveryKey, delivery);
    seed.fill('\0');
    delivery.fill('\0');
    if (cryptogram.isEmpty())
        return ReaderError(ReaderError::Kind::Internal, tr("the session key could not be encrypted to the delivery key"));
    // §4: 80 AE 00 00, no Le; 256 data bytes need an extended Lc (§5 [U]).
    auto delivered = m_transport.transmit(CommandApdu(0x80, 0xAE, 0x00, 0x00, cryptogram, CommandApdu::kNoLe, CommandApdu::Encoding::Extended));
    if (!delivered && delivered.error().kind() == ReaderError::Kind::Unsupported)
        //: residence-card-0708.md §5: the 256-byte key delivery of a 07/08 card needs extended length.
        return ReaderError(ReaderError::Kind::ReaderLimit,
                           tr("the 在留 AP's key delivery is a 256-byte command, which needs extended length (%1)").arg(delivered.error().detail()));
    if (!delivered)
        return delivered.error();
    if (!delivered->isSuccess())
        return ReaderError::refused(delivered->sw(), QStringLiteral("SET SESSION KEY: %1").arg(delivered->sw().meaning()));
    auto accepted = cardNumberAccepted(out, m_transport.transmit(session.verify(cardNumber.view())));
    if (!accepted || !*accepted)
        return accepted;
    out.verification.add(ResidenceChecks::kCardAuthentication, R::Pass,
                         tr("the 在留 AP accepted the card number in a session keyed by this terminal (profile %1: RSA-OAEP key delivery, "
                            "AES-128)").arg(session.name()));
    return true;
}

Result<QByteArray, ReaderError> ResidenceReader::secureRead(quint8 sfi)
{
    // §B2 step 7 / §C: 08 B0 P1 00 00 00 04 96 02 00 00 00 00 — extended length; whether a card takes
    // short SM reads at offsets is [U] (and the SFI form reaches offsets ≤ 255 only), so a link that
    // cannot carry the whole answer is the reader's limit, said as such: never a card fault.
    const auto limit = [&](const QString& what) {
        //: %1: what the link could not do. residence-card.md §C: the images come in one extended-length answer.
        return ReaderError(ReaderError::Kind::ReaderLimit, tr("residence cards send their images in one extended-length answer, and %1").arg(what));
    };
    if (m_transport.maxLe() <= CommandApdu::kMaxShortLe)
        return limit(tr("this reader or card carries at most %1 bytes per answer").arg(m_transport.maxLe()));
    auto answer = m_transport.transmit(m_specified ? m_specified->readFile(sfi)
                                                   : CommandApdu(kClaSm, 0xB0, quint8(0x80 | sfi), 0x00, kReadAll, CommandApdu::kMaxExtendedLe,
                                                                 CommandApdu::Encoding::Extended));
    if (!answer && answer.error().kind() == ReaderError::Kind::Unsupported)
        return limit(tr("the reader refused the extended-length command (%1)").arg(answer.error().detail()));
    if (!answer)
        return answer.error();
    if (answer->sw() == StatusWord(StatusWord::kWrongLength))
        return limit(tr("the card or reader answered 6700 (wrong length) to it"));
    // 6282 (end of file reached before Le bytes) is how some cards end a whole-file read.
    if (!answer->sw().carriesData())
        return ReaderError::refused(answer->sw(), QStringLiteral("SM READ BINARY %1: %2").arg(sfi).arg(answer->sw().meaning()));
    // An answer cut to what one short APDU carries (the reader's buffer), or a file that stops there
    // though its header announces more (a card capping its answers): the link's limit.
    const auto cutShort = [](QByteArrayView bytes) {
        const auto header = BerTlv::parseHeader(bytes);
        return bytes.size() <= CommandApdu::kMaxShortLe + 2 && header && header->totalSize > bytes.size();
    };
    if (cutShort(answer->data()))
        return limit(tr("its answer stopped after %1 bytes").arg(answer->data().size()));
    auto plain = m_specified ? m_specified->answer(*answer) : m_channel->readAnswer(m_sessionKey, answer->data());
    if (!plain)
        return ReaderError(ReaderError::Kind::Malformed, QStringLiteral("SM READ BINARY %1: %2").arg(sfi).arg(plain.error()));
    if (cutShort(*plain))
        return limit(tr("the card sent %1 bytes of the file at a time").arg(plain->size()));
    return std::move(plain).value();
}

Result<QByteArray, ReaderError> ResidenceReader::plainRead(quint8 sfi)
{
    return FileReader(m_transport).readIfPresent(FileRef::sfi(sfi), FileReader::Options::wholeFile(8192));
}

Result<QList<QByteArray>, ReaderError> ResidenceReader::readDf2(std::initializer_list<quint8> sfis)
{
    if (auto df2 = SelectByName::require(m_transport, kDf2Aid); !df2)
        return df2.error();
    QList<QByteArray> files;
    for (quint8 sfi : sfis) {
        auto file = plainRead(sfi);
        if (!file)
            return file.error();
        files.append(std::move(file).value());
    }
    return files;
}

Result<ResidenceSignatureFile, ReaderError> ResidenceReader::readSignatureFile()
{
    if (auto df3 = SelectByName::require(m_transport, kDf3Aid); !df3)
        return df3.error();
    auto file = plainRead(kSfiSignature);
    if (!file)
        return file.error();
    auto signature = ResidenceSignatureFile::parse(*file);
    if (!signature)
        return ReaderError(ReaderError::Kind::Malformed, signature.error());
    return std::move(signature).value();
}

Result<bool, ReaderError> ResidenceReader::readFirstGeneration(CardReadOutcome& out, bool special, const Request& request)
{
    IdentityRecord& record = out.record;
    stage("photo");
    if (auto df1 = SelectByName::require(m_transport, kDf1Aid); !df1)
        return df1.error();
    auto frontFile = secureRead(0x05);  // §B1 DF1/EF01: D0 front image
    if (!frontFile)
        return frontFile.error();
    auto faceFile = secureRead(0x06);  // DF1/EF02: D1 face
    if (!faceFile)
        return faceFile.error();
    auto front = objects(*frontFile, "front image");
    if (!front)
        return front.error();
    auto face = objects(*faceFile, "face image");
    if (!face)
        return face.error();
    const QByteArray frontImage = valueOf(*front, 0xD0);
    const QByteArray faceImage = valueOf(*face, 0xD1);
    record.images.insert(QStringLiteral("front"), image(frontImage));
    setFace(record, faceImage);

    stage("text");
    // §B1 DF2: EF01 address; EF02–EF04 permissions and the renewal flag on residence cards only.
    auto df2 = special ? readDf2({0x01}) : readDf2({0x01, 0x02, 0x03, 0x04});
    if (!df2)
        return df2.error();
    auto address = objects(df2->value(0), "address");
    if (!address)
        return address.error();
    record.fields.insert(RecordField::kAddressDate, DigitDate::parse(valueOf(*address, 0xD2)).toString(Qt::ISODate));
    record.fields.insert(RecordField::kMunicipalityCode, QString::fromLatin1(valueOf(*address, 0xD3)));
    if (const auto decoded = ResidenceText::decode(valueOf(*address, 0xD4))) {
        record.address = decoded->text;
        record.fields.insert(RecordField::kTextEncoding, decoded->encoding);
    } else {
        record.fields.insert(RecordField::kAddressUnreadable, QStringLiteral("no known text encoding"));
    }
    if (!special) {
        const auto text = [&](int index, quint16 tag, const QString& key) {
            if (auto items = CardFileTlv::readAll(df2->value(index)))
                insertText(record, key, valueOf(*items, tag));
        };
        text(1, 0xD5, RecordField::kComprehensivePermission);
        text(2, 0xD6, RecordField::kIndividualPermission);
        if (auto items = CardFileTlv::readAll(df2->value(3)))
            record.fields.insert(RecordField::kRenewalPending, yesNo(valueOf(*items, 0xD7)));
    }

    stage("certificate");
    auto signature = readSignatureFile();
    if (!signature)
        return signature.error();
    // §B3: D0 ‖ D1, each zero-padded to 7000 / 3000 bytes, without tags and lengths.
    QByteArray signedData = frontImage.leftJustified(kFrontImageSize, '\0', true) + faceImage.leftJustified(kFaceSize, '\0', true);
    ResidenceChecks::signature(out.verification, m_trust, *signature, ResidenceChecks::Algorithm::RsaSha256, signedData,
                               tr("front image and photo"), request.now);
    // §B1: the first generation keeps the dates on the front image only.
    const QString onImage = tr("the first-generation chip holds this date only in the front image: read it there");
    out.verification.add(ResidenceChecks::kCardExpiry, R::NotChecked, onImage, Verification::Aspect::Validity);
    if (special)
        out.verification.add(ResidenceChecks::kPeriodOfStay, R::Pass, tr("special permanent residents have no period of stay"), Verification::Aspect::Validity);
    else
        out.verification.add(ResidenceChecks::kPeriodOfStay, R::NotChecked, onImage, Verification::Aspect::Validity);
    return true;
}

Result<bool, ReaderError> ResidenceReader::readSecondGeneration(CardReadOutcome& out, bool special, const SecureBytes& cardNumber,
                                                                const Request& request)
{
    IdentityRecord& record = out.record;
    stage("text");
    if (auto df1 = SelectByName::require(m_transport, kDf1Aid); !df1)
        return df1.error();
    // §B4 DF1: EF01 card number (81), EF02 entries (83), EF03 name image + face (84), EF04 address image (86).
    QByteArray files[4];
    for (auto [sfi, index] : {std::pair{quint8(0x01), 0}, {quint8(0x03), 1}, {quint8(0x04), 2}, {quint8(0x06), 3}}) {
        if (index == 2)
            stage("photo");
        auto file = secureRead(sfi);
        if (!file)
            return file.error();
        files[index] = std::move(file).value();
    }
    auto number = objects(files[0], "card number");
    if (!number)
        return number.error();
    if (valueOf(*number, 0xC2) != cardNumber.view())
        out.verification.add(ResidenceChecks::kCardAuthentication, R::Fail, tr("the card number stored on the chip differs from the one it accepted"));
    auto entries = ResidenceEntries::parse(files[1]);
    if (!entries)
        return ReaderError(ReaderError::Kind::Malformed, entries.error());
    auto images = objects(files[2], "name image and photo");
    if (!images)
        return images.error();
    auto addressImage = objects(files[3], "address image");
    if (!addressImage)
        return addressImage.error();
    const QByteArray nameImage = valueOf(*images, 0xD0);
    const QByteArray faceImage = valueOf(*images, 0xD1);

    record.expiryDate = entries->expiryDate;
    record.birthDate = entries->birthDate;
    record.sex = entries->sex;
    record.setNationality(entries->nationality);
    // §B4: name and address are images only on the second generation.
    record.images.insert(QStringLiteral("name"), image(nameImage));
    record.images.insert(QStringLiteral("address"), image(valueOf(*addressImage, 0xDFD1)));
    setFace(record, faceImage);
    record.fields.insert(RecordField::kStatusCode, entries->statusCode);
    // The code's name only from the table an administrator installed (ResidenceStatusTable).
    const auto table = ResidenceStatusTable::load(m_trust.dataFile(QStringLiteral("residence-card"), QStringLiteral("status-codes.json")));
    if (!table)
        qCWarning(lcCard) << "residence status table not used:" << table.error();
    else if (const auto names = table->names(entries->statusCode)) {
        record.fields.insert(RecordField::kStatusName, names->ja);
        record.fields.insert(RecordField::kStatusNameEnglish, names->en);
    }
    record.fields.insert(RecordField::kPeriodOfStay, ResidenceEntries::periodOfStayWords(entries->periodOfStay));
    if (!special) {
        record.fields.insert(RecordField::kPermissionType, entries->permissionType);
        record.fields.insert(RecordField::kPermissionDate, entries->permissionDate.toString(Qt::ISODate));
        record.fields.insert(RecordField::kWorkRestriction, ResidenceEntries::workRestrictionWords(entries->workRestriction));
        record.fields.insert(RecordField::kPeriodOfStayEnd, entries->periodOfStayEnd.toString(Qt::ISODate));
    }

    // §B4 DF2: EF01 permissions, EF02 renewal flag (type 05 only), EF03 the ISA note flag.
    auto df2 = special ? readDf2({0x03}) : readDf2({0x01, 0x02, 0x03});
    if (!df2)
        return df2.error();
    if (!special) {
        if (auto items = CardFileTlv::readAll(df2->value(0))) {
            record.fields.insert(RecordField::kComprehensivePermission, QString::fromLatin1(valueOf(*items, 0xD5)));
            record.fields.insert(RecordField::kIndividualPermission, QString::fromLatin1(valueOf(*items, 0xD7)));
        }
        if (auto items = CardFileTlv::readAll(df2->value(1)))
            record.fields.insert(RecordField::kRenewalPending, yesNo(valueOf(*items, 0xD8)));
    }

    stage("certificate");
    auto signature = readSignatureFile();
    if (!signature)
        return signature.error();
    // §B4: entries (53 bytes) ‖ D1 ‖ D0.
    ResidenceChecks::signature(out.verification, m_trust, *signature, ResidenceChecks::Algorithm::EcdsaSha256,
                               entries->signedValues + faceImage + nameImage, tr("printed entries, photo and name image"), request.now);
    ValidityCheck::add(out.verification, ResidenceChecks::kCardExpiry, entries->expiryDate, request.now);
    if (special)
        out.verification.add(ResidenceChecks::kPeriodOfStay, R::Pass, tr("special permanent residents have no period of stay"), Verification::Aspect::Validity);
    else if (entries->periodOfStay == QLatin1String("0000"))
        out.verification.add(ResidenceChecks::kPeriodOfStay, R::Pass, tr("indefinite period of stay"), Verification::Aspect::Validity);
    else
        ValidityCheck::add(out.verification, ResidenceChecks::kPeriodOfStay, entries->periodOfStayEnd, request.now);
    return true;
}

Result<CardReadOutcome, ReaderError> ResidenceReader::read(const Request& request)
{
    CardReadOutcome out;
    out.record.type = DocumentType::Residence;
    m_progress = request.progress;
    stage("authenticate");

    // Free data (§B1): SELECT MF, then the spec version and the card type by SFI.
    if (auto mf = FileReader(m_transport).selectMasterFile(); !mf)
        return mf.error();
    auto common = plainRead(kSfiCommon);
    if (!common)
        return common.error();
    auto typeFile = plainRead(kSfiCardType);
    if (!typeFile)
        return typeFile.error();
    auto type = ResidenceCardType::parse(*typeFile);
    if (!type)
        return ReaderError(ReaderError::Kind::Malformed, type.error());
    if (type->platform == ResidenceCardType::Platform::MyNumberCard)
        return ReaderError(ReaderError::Kind::Unsupported,
                           tr("this is a residence card on the My Number card platform (type %1, 特定在留カード等), which this version "
                              "does not read yet").arg(QString::fromLatin1(type->code)));
    const bool special = type->document == ResidenceCardType::Document::SpecialPermanentResident;
    const bool first = type->platform == ResidenceCardType::Platform::FirstGeneration;
    if (auto version = CardFileTlv::readAll(*common))
        out.record.fields.insert(RecordField::kSpecVersion, QString::fromLatin1(valueOf(*version, 0xC0)));
    out.record.fields.insert(RecordField::kCardType, QString::fromLatin1(type->code));
    out.record.fields.insert(RecordField::kDocument, special ? QStringLiteral("special-permanent-resident") : QStringLiteral("residence-card"));
    out.record.fields.insert(RecordField::kGeneration, first ? QStringLiteral("1") : QStringLiteral("2"));
    out.record.issuer = special ? tr("特別永住者証明書 (Ministry of Justice)") : tr("在留カード (Immigration Services Agency)");

    const QList<QString> allChecks{ResidenceChecks::kCardAuthentication, ResidenceChecks::kSignature, ResidenceChecks::kCertificate,
                                   ResidenceChecks::kCardExpiry, ResidenceChecks::kPeriodOfStay};
    if (request.cardNumber.isEmpty()) {
        for (const QString& check : allChecks)
            out.verification.add(check, R::NotChecked, tr("no card number given: only the card type was read"), ResidenceChecks::aspectOf(check));
        return out;
    }
    out.credential.route = QStringLiteral("card-number");
    m_channel.emplace(first ? ResidenceSecureChannel::Generation::First : ResidenceSecureChannel::Generation::Second);
    // The session key lives only as long as this read.
    const auto wipeKey = qScopeGuard([this] { m_sessionKey.fill('\0'); });
    auto authenticated = authenticate(out, request.cardNumber);
    if (!authenticated)
        return authenticated.error();
    if (!*authenticated) {
        for (const QString& check : allChecks)
            if (!out.verification.result(check))
                out.verification.add(check, R::NotChecked, tr("the card did not accept the card number: nothing was read"),
                                     ResidenceChecks::aspectOf(check));
        return out;
    }
    out.record.documentNumber = QString::fromLatin1(request.cardNumber.view());
    auto read = first ? readFirstGeneration(out, special, request) : readSecondGeneration(out, special, request.cardNumber, request);
    if (!read)
        return read.error();
    ResidenceChecks::revocation(out.verification);
    return out;
}

Result<CardReadOutcome, ReaderError> ResidenceReader::readOnMyNumberCard(const Request& request, QByteArrayView cardType)
{
    CardReadOutcome out;
    const bool special = cardType == "08";
    out.record.type = special ? DocumentType::SpecifiedPermanentResident : DocumentType::SpecifiedResidence;
    out.record.fields.insert(RecordField::kCardType, QString::fromLatin1(cardType.toByteArray()));
    m_progress = request.progress;
    stage("authenticate");
    const auto deliveryKey = ResidenceDeliveryKey::installed(m_trust);
    if (!deliveryKey)
        return ReaderError(ReaderError::Kind::Unsupported, deliveryKey.error());
    if (request.cardNumber.isEmpty())
        return ReaderError(ReaderError::Kind::Unsupported, tr("no card number was given for them"));
    out.credential.route = QStringLiteral("card-number");

    // residence-card-0708.md §6: the profiles in the order the spec file recommends. A 6988 ends a
    // session for good (§5), so each profile starts over with the AP's SELECT.
    std::unique_ptr<SpecifiedSession> profiles[] = {std::make_unique<TextApStyleSession>(TextApStyleSession::LeObject::TwoBytes),
                                                     std::make_unique<TextApStyleSession>(TextApStyleSession::LeObject::ThreeBytes)};
    // A refusal of the session or of its secure messaging means: not this profile. Anything else
    // (a pulled card, a dead reader) ends the read.
    const auto notThisProfile = [](const ReaderError& error) {
        return error.kind() == ReaderError::Kind::CardRefused || error.kind() == ReaderError::Kind::Malformed;
    };
    QStringList refusals;
    for (const auto& profile : profiles) {
        CardReadOutcome attempt = out;
        auto opened = openSession(attempt, *profile, deliveryKey->key(), request.cardNumber);
        if (opened && !*opened)
            return attempt;  // the card number was not accepted: never tried again
        if (opened) {
            m_specified = profile.get();
            const auto unplug = qScopeGuard([this] { m_specified = nullptr; });
            attempt.record.documentNumber = QString::fromLatin1(request.cardNumber.view());
            auto read = readSecondGeneration(attempt, special, request.cardNumber, request);
            if (read) {
                ResidenceChecks::revocation(attempt.verification);
                return attempt;
            }
            opened = read.error();
        }
        profile->close();
        if (!notThisProfile(opened.error()))
            return opened.error();
        refusals << QStringLiteral("%1: %2").arg(profile->name(), opened.error().detail());
        qCInfo(lcCard) << "07/08 session profile not taken:" << refusals.last();
    }
    //: residence-card-0708.md §6: every secure-messaging profile this version knows was refused. %1 what each got.
    return ReaderError(ReaderError::Kind::CardRefused, tr("the 在留 AP took none of the session profiles this terminal knows (%1)")
                                                           .arg(refusals.join(QStringLiteral("; "))));
}

} // namespace madoguchi
