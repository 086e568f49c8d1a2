#include "core/cards/licence/LicenceReader.h"

#include "core/cards/RecordField.h"
#include "core/cards/SelectByName.h"
#include "core/cards/licence/LicenceChanges.h"
#include "core/cards/licence/LicenceCard.h"
#include "core/cards/licence/LicenceChecks.h"
#include "core/cards/licence/LicenceEntries.h"
#include "core/cards/licence/LicenceFreeFiles.h"
#include "core/cards/licence/LicenceGaiji.h"
#include "core/cards/licence/LicencePhoto.h"
#include "core/apdu/CardFileTlv.h"
#include "core/cards/licence/LicenceSignature.h"
#include "core/image/Jpeg2000.h"
#include "core/reader/FileReader.h"

#include <QBuffer>
#include <QImage>
#include <QSet>

namespace madoguchi {
namespace {

using Access = LicenceReader::Request::Access;
using R = Verification::Result;

using namespace LicenceCard;


QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// "1,2,3": the 外字 behind each placeholder of one text, in order.
QString gaijiList(const QList<int>& numbers)
{
    QStringList out;
    for (int n : numbers)
        out.append(QString::number(n));
    return out.join(QLatin1Char(','));
}

} // namespace

struct LicenceReader::Files
{
    QByteArray entries;  // DF1/EF01
    QByteArray gaiji;    // DF1/EF03
    QByteArray changes;  // DF1/EF04
    QByteArray gaijiChanges;  // DF1/EF05
    QByteArray signature;     // DF1/EF07
    QByteArray photo;         // DF2/EF01
    QByteArray domicile;      // DF1/EF02
    QByteArray domicileChanges;  // DF1/EF06
};

QString LicenceReader::accessName(Request::Access access)
{
    switch (access) {
    case Access::None: return {};
    case Access::Pin1: return QStringLiteral("pin1");
    case Access::Pin1AndPin2: return QStringLiteral("pin1+pin2");
    }
    return {};
}

void LicenceReader::stage(const char* name) const
{
    if (m_progress)
        m_progress(QLatin1String(name));
}

Result<QByteArray, ReaderError> LicenceReader::readEf(quint16 fid)
{
    // The files hold several objects and 00 filler (§A4): read to the end; §A1 sizes are ≤ 2005 B.
    return FileReader(m_transport).readIfPresent(FileRef::fid(fid), FileReader::Options::wholeFile(8192));
}

Result<bool, ReaderError> LicenceReader::verifyPins(CardReadOutcome& out, const Request& request, bool pinSet)
{
    auto& credential = out.credential;
    auto tries1 = SafeVerify::triesLeft(m_transport, kPin1);
    if (!tries1)
        return tries1.error();
    auto tries2 = SafeVerify::triesLeft(m_transport, kPin2);
    if (!tries2)
        return tries2.error();
    credential.triesLeft = *tries1;
    credential.secondTriesLeft = *tries2;
    credential.count(QStringLiteral("pin1"), *tries1);
    credential.count(QStringLiteral("pin2"), *tries2);
    if (request.access == Access::None)
        return false;

    const bool withPin2 = request.access == Access::Pin1AndPin2;
    // Both counters are judged before PIN1 is sent: a refusal of PIN2 must not come after PIN1
    // was spent for nothing.
    const auto refuse = [&](std::optional<int> tries, const char* key) {
        if (!tries)
            return false;
        if (*tries == 0)
            credential.status = SafeVerify::Status::Blocked;
        else if (*tries == 1 && !request.allowLastTry)
            credential.status = SafeVerify::Status::LastTryRefused;
        else
            return false;
        credential.key = QLatin1String(key);
        credential.count(credential.key, tries, credential.status);
        return true;
    };
    if (refuse(*tries1, "pin1") || (withPin2 && refuse(*tries2, "pin2")))
        return false;
    // §A3: unless the default PIN opens the card, only 4 digits can be right ("****" typed for a
    // licence whose holder set PINs would cost a try): such a value is refused here, unsent.
    const auto ruledOut = [&](const SecureBytes& given, std::optional<int> tries, const char* key) {
        if (!pinSet || isHolderPin(given.view()))
            return false;
        credential.status = SafeVerify::Status::RuledOut;
        credential.key = QLatin1String(key);
        credential.count(credential.key, tries, credential.status);
        return true;
    };
    if (ruledOut(request.pin1, *tries1, "pin1") || (withPin2 && ruledOut(request.pin2, *tries2, "pin2")))
        return false;

    const auto verify = [&](quint8 p2, const SecureBytes& given, const char* key, std::optional<int>& tries) -> Result<bool, ReaderError> {
        const SecureBytes secret = pinSet ? given.clone() : SecureBytes(kDefaultPin);
        auto outcome = SafeVerify::run(m_transport, p2, secret, request.allowLastTry);
        if (!outcome)
            return outcome.error();
        credential.status = outcome->status;
        tries = outcome->triesLeft;
        credential.count(QLatin1String(key), outcome->triesLeft, outcome->status);
        if (outcome->status == SafeVerify::Status::Verified)
            return true;
        credential.key = QLatin1String(key);
        return false;
    };
    auto first = verify(kPin1, request.pin1, "pin1", credential.triesLeft);
    if (!first || !*first || !withPin2)
        return first;
    return verify(kPin2, request.pin2, "pin2", credential.secondTriesLeft);
}

void LicenceReader::fillRecord(CardReadOutcome& out, const LicenceEntries& entries, const Files& files)
{
    IdentityRecord& record = out.record;
    const auto text = [&entries](const char* key) { return entries.text.value(QLatin1String(key)).text; };
    record.documentNumber = entries.number;
    record.issuer = text("commission");
    record.issueDate = entries.issueDate;
    record.name = text("name");
    record.nameKana = text("nameKana");
    record.address = text("address");
    record.birthDate = entries.birthDate;
    if (entries.expiryDate.isValid())
        record.expiryDate = entries.expiryDate;
    for (auto it = entries.text.cbegin(); it != entries.text.cend(); ++it) {
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("nameKana") && it.key() != QLatin1String("address")
            && it.key() != QLatin1String("commission"))
            record.fields.insert(it.key(), it->text);
        if (!it->gaiji.isEmpty())
            record.fields.insert(it.key() + QStringLiteral("Gaiji"), gaijiList(it->gaiji));
        if (it->missing > 0)
            record.fields.insert(it.key() + QStringLiteral("MissingCharacters"), QString::number(it->missing));
    }
    if (!entries.referenceNumber.isEmpty())
        record.fields.insert(RecordField::kReferenceNumber, entries.referenceNumber);
    QStringList held;
    for (const LicenceEntries::Category& category : entries.categories) {
        record.fields.insert(QStringLiteral("category.") + LicenceEntries::categoryId(category.tag), category.since.toString(Qt::ISODate));
        held.append(LicenceEntries::categoryLabel(category.tag));
    }
    record.fields.insert(RecordField::kCategories, held.join(QStringLiteral("、")));

    // 本籍 (EF02: 41, 80 bytes of J8, §A4), present only when it was asked for.
    if (auto items = CardFileTlv::readAll(files.domicile)) {
        for (const CardFileTlv::Item& item : std::as_const(*items))
            if (item.tag == 0x41) {
                const JisX0208::Decoded domicile = JisX0208::decode(item.value);
                record.fields.insert(RecordField::kDomicile, domicile.text);
                if (!domicile.gaiji.isEmpty())
                    record.fields.insert(RecordField::kDomicileGaiji, gaijiList(domicile.gaiji));
            }
    }


    // Changes after issue: the record carries the current value, the card face the printed one.
    int index = 0;
    const auto history = [&](const QByteArray& file, const QString& prefix) {
        if (file.isEmpty())
            return;
        auto changes = LicenceChanges::parse(file);
        if (!changes) {
            record.fields.insert(prefix + QStringLiteral("Unreadable"), changes.error());
            // §A4 [U]: changes this reader cannot read. What the card face prints may no longer be
            // current, so the printed address is not passed off as the holder's address.
            if (prefix == QLatin1String("changes")) {
                if (!record.address.isEmpty())
                    record.fields.insert(RecordField::kAddressPrinted, std::exchange(record.address, QString()));
                out.verification.add(LicenceChecks::kChanges, R::NotChecked,
                                     //: %1: why the change records (記載事項変更, drivers-licence.md §A4) could not be read.
                                     tr("the card holds change records (記載事項変更) that could not be read (%1): the address, name or "
                                        "conditions may have changed since the card was printed; look at the back of the card")
                                         .arg(changes.error()));
            } else {
                out.verification.add(LicenceChecks::kChanges, R::NotChecked,
                                     tr("the card holds 本籍 change records that could not be read (%1): 本籍 may have changed since the "
                                        "card was printed; look at the back of the card")
                                         .arg(changes.error()));
            }
            return;
        }
        auto sorted = std::move(changes).value();
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
        for (const LicenceChanges::Change& change : std::as_const(sorted)) {
            const QString key = QStringLiteral("change.%1.").arg(++index);
            record.fields.insert(key + QStringLiteral("kind"), LicenceChanges::kindId(change.kind));
            record.fields.insert(key + QStringLiteral("date"), change.date.toString(Qt::ISODate));
            record.fields.insert(key + QStringLiteral("value"), change.value.text);
            if (!change.value.gaiji.isEmpty())
                record.fields.insert(key + QStringLiteral("valueGaiji"), gaijiList(change.value.gaiji));
            record.fields.insert(key + QStringLiteral("commission"), change.commission.text);
            const auto replace = [&](QString& current, const QString& printedKey) {
                if (!record.fields.contains(printedKey))
                    record.fields.insert(printedKey, current);
                current = change.value.text;
                record.fields.insert(printedKey.chopped(7) + QStringLiteral("ChangedOn"), change.date.toString(Qt::ISODate));
            };
            if (change.kind == LicenceChanges::Kind::Address)
                replace(record.address, QStringLiteral("addressPrinted"));
            else if (change.kind == LicenceChanges::Kind::Name)
                replace(record.name, QStringLiteral("namePrinted"));
            else if (change.kind == LicenceChanges::Kind::Kana)
                replace(record.nameKana, QStringLiteral("nameKanaPrinted"));
            else if (change.kind == LicenceChanges::Kind::Domicile && record.fields.contains(RecordField::kDomicile)) {
                QString domicile = record.fields.value(RecordField::kDomicile);
                replace(domicile, QStringLiteral("domicilePrinted"));
                record.fields.insert(RecordField::kDomicile, domicile);
            }
        }
    };
    history(files.changes, QStringLiteral("changes"));
    history(files.domicileChanges, QStringLiteral("domicileChanges"));

    // The bitmaps of the 外字 the texts refer to: "<item>Gaiji" lists them, placeholder by placeholder.
    QSet<int> used;
    for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it)
        if (it.key().endsWith(QLatin1String("Gaiji")))
            for (const QString& n : it.value().split(QLatin1Char(',')))
                used.insert(n.toInt());
    const QMap<int, QImage> glyphs = LicenceGaiji::parse(files.gaiji, files.gaijiChanges);
    for (auto it = glyphs.cbegin(); it != glyphs.cend(); ++it)
        if (used.contains(it.key()))
            record.images.insert(QStringLiteral("gaiji%1").arg(it.key()), {QStringLiteral("png"), png(*it), it->width(), it->height()});

    if (!files.photo.isEmpty()) {
        if (auto photo = LicencePhoto::parse(files.photo)) {
            record.face.format = QStringLiteral("j2k");
            record.face.bytes = *photo;
            if (const auto info = Jpeg2000::info(*photo)) {
                record.face.width = info->width;
                record.face.height = info->height;
            }
        } else {
            //: %1: why the photo file (DF2/EF01) could not be decoded.
            record.fields.insert(RecordField::kFaceMissing, tr("the photo file could not be read (%1)").arg(photo.error()));
        }
    }
}

void LicenceReader::checkSignature(CardReadOutcome& out, const Files& files)
{
    auto signature = LicenceSignature::parse(files.signature);
    if (!signature) {
        LicenceChecks::signatureUnreadable(out.verification, signature.error());
        return;
    }
    out.record.fields.insert(RecordField::kSignatureSubject, signature->subjectName);
    out.record.fields.insert(RecordField::kSignatureIssuer, signature->issuerName);
    if (files.photo.isEmpty()) {
        out.verification.add(LicenceChecks::kSignature, R::NotChecked, tr("the signature covers the photo, which needs PIN2"));
        return;
    }
    LicenceChecks::signature(out, m_trust, *signature, LicenceSignature::signedData(files.entries, files.gaiji, files.photo),
                             tr("entries, 外字 and photo"));
}

Result<CardReadOutcome, ReaderError> LicenceReader::read(const Request& request)
{
    CardReadOutcome out;
    out.record.type = DocumentType::Licence;
    out.credential.route = accessName(request.access);
    m_progress = request.progress;
    stage("certificate");

    // Free data (§A2): the expiry and the PIN setting, before any PIN.
    // §A1: SELECT MF as 00 A4 00 00 with no data.
    if (auto mf = FileReader(m_transport).selectMasterFile(); !mf)
        return mf.error();
    auto commonFile = readEf(0x2F01);
    if (!commonFile)
        return commonFile.error();
    auto common = LicenceFreeFiles::parseCommon(*commonFile);
    if (!common)
        return ReaderError(ReaderError::Kind::Malformed, common.error());
    out.record.issueDate = common->issueDate;
    out.record.expiryDate = common->expiryDate;
    out.record.fields.insert(RecordField::kSpecVersion, QString::fromLatin1(common->specVersion));
    LicenceChecks::expiry(out.verification, common->expiryDate, request.now);

    auto settingFile = FileReader(m_transport).read(FileRef::sfi(0x0A), FileReader::Options::wholeFile(16));
    if (!settingFile && settingFile.error().kind() != ReaderError::Kind::CardRefused)
        return settingFile.error();
    const auto pinSetting = settingFile ? LicenceFreeFiles::parsePinSetting(*settingFile) : Result<bool, QString>(settingFile.error().describe());
    bool pinSet = true;
    if (pinSetting) {
        pinSet = *pinSetting;
        out.record.fields.insert(RecordField::kPinSetting, pinSet ? QStringLiteral("set") : QStringLiteral("default"));
        out.verification.add(LicenceChecks::kPinSetting, R::Pass,
                             pinSet ? tr("the holder set PINs") : tr("the holder set no PIN: the default PIN was used, no entry needed"));
    } else {
        // §A3: without the setting, never fall back to the default PIN blindly.
        out.verification.add(LicenceChecks::kPinSetting, R::Fail, tr("the PIN setting could not be read (%1): only PINs typed by the holder are used").arg(pinSetting.error()));
    }

    stage("authenticate");
    auto verified = verifyPins(out, request, pinSet);
    if (!verified)
        return verified.error();
    if (!*verified) {
        out.verification.add(LicenceChecks::kSignature, R::NotChecked,
                             request.access == Access::None ? tr("no PIN given: only the free data was read") : tr("no PIN was verified: nothing was read"));
        return out;
    }

    stage("text");
    Files files;
    if (auto df1 = SelectByName::require(m_transport, kDf1Aid); !df1)
        return df1.error();
    for (auto [fid, target] : {std::pair{quint16(0x0001), &files.entries}, {quint16(0x0003), &files.gaiji}, {quint16(0x0004), &files.changes},
                               {quint16(0x0005), &files.gaijiChanges}, {quint16(0x0007), &files.signature}}) {
        auto file = readEf(fid);
        if (!file)
            return file.error();
        *target = std::move(file).value();
    }
    const bool withPin2 = request.access == Access::Pin1AndPin2;
    if (withPin2 && request.readDomicile) {
        for (auto [fid, target] : {std::pair{quint16(0x0002), &files.domicile}, {quint16(0x0006), &files.domicileChanges}}) {
            auto file = readEf(fid);
            if (!file)
                return file.error();
            *target = std::move(file).value();
        }
    }
    auto entries = LicenceEntries::parse(files.entries);
    if (!entries)
        return ReaderError(ReaderError::Kind::Malformed, entries.error());
    if (entries->expiryDate.isValid() && entries->expiryDate != common->expiryDate)
        out.verification.add(LicenceChecks::kExpiry, R::Fail,
                             //: %1 and %2: two expiry dates (ISO 8601) that should agree.
                             tr("the entries say valid through %1, the common data %2").arg(entries->expiryDate.toString(Qt::ISODate),
                                                                                          common->expiryDate.toString(Qt::ISODate)));
    if (withPin2) {
        stage("photo");
        if (auto df2 = SelectByName::require(m_transport, kDf2Aid); !df2)
            return df2.error();
        auto photo = readEf(0x0001);
        if (!photo)
            return photo.error();
        files.photo = std::move(photo).value();
    }
    fillRecord(out, *entries, files);
    checkSignature(out, files);
    return out;
}

} // namespace madoguchi
