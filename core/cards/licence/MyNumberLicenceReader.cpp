#include "core/cards/licence/MyNumberLicenceReader.h"

#include "core/base/Logging.h"
#include "core/cards/RecordField.h"
#include "core/cards/SafeVerify.h"
#include "core/cards/SelectByName.h"
#include "core/cards/licence/LicenceCard.h"
#include "core/cards/licence/LicenceChecks.h"
#include "core/cards/licence/LicenceSignature.h"
#include "core/cards/licence/MyNumberLicenceFiles.h"
#include "core/reader/FileReader.h"

namespace madoguchi {
namespace {

using R = Verification::Result;

// §A6: WEF01 (SFI 1A) PIN setting, free; WEF02 (FID 001B) licence information; WEF03 (FID 001C)
// signature and issuer identification.
constexpr quint8 kPinSettingSfi = 0x1A;
constexpr quint16 kInformationFid = 0x001B;
constexpr quint16 kSignatureFid = 0x001C;

const QString kKey = QStringLiteral("licence-pin");

} // namespace

Result<MyNumberLicenceReader::PinState, ReaderError> MyNumberLicenceReader::probePin(ApduTransport& transport)
{
    if (auto selected = SelectByName::require(transport, LicenceCard::kOnMyNumberAid); !selected)
        return selected.error();
    PinState state;
    auto setting = pinSetting(transport);
    if (!setting)
        return setting.error();
    if (*setting)
        state.pinSet = **setting;
    auto tries = SafeVerify::triesLeft(transport, LicenceCard::kOnMyNumberPin);
    if (!tries)
        return tries.error();
    state.triesLeft = *tries;
    return state;
}

Result<Result<bool, QString>, ReaderError> MyNumberLicenceReader::pinSetting(ApduTransport& transport)
{
    auto file = FileReader(transport).read(FileRef::sfi(kPinSettingSfi), FileReader::Options::wholeFile(16));
    if (!file && file.error().kind() != ReaderError::Kind::CardRefused)
        return file.error();
    return file ? MyNumberLicenceFiles::parsePinSetting(*file) : Result<bool, QString>(file.error().describe());
}

Result<std::optional<bool>, ReaderError> MyNumberLicenceReader::readPinSetting(CardReadOutcome& out)
{
    auto read = pinSetting(m_transport);
    if (!read)
        return read.error();
    const Result<bool, QString>& setting = *read;
    if (!setting) {
        out.verification.add(LicenceChecks::kPinSetting, R::Fail,
                             tr("the licence PIN setting could not be read (%1): only a PIN typed by the holder is used").arg(setting.error()));
        return std::optional<bool>();
    }
    out.record.fields.insert(RecordField::kLicencePinSetting, *setting ? QStringLiteral("set") : QStringLiteral("default"));
    out.verification.add(LicenceChecks::kPinSetting, R::Pass,
                         *setting ? tr("the holder set a licence PIN") : tr("the holder set no licence PIN: the default PIN was used, no entry needed"));
    return std::optional<bool>(*setting);
}

Result<bool, ReaderError> MyNumberLicenceReader::verifyPin(CardReadOutcome& out, const Request& request, std::optional<bool> pinSet)
{
    CardReadOutcome::Credential& credential = out.credential;
    const auto refused = [&](SafeVerify::Status status, std::optional<int> tries) {
        credential.secondTriesLeft = tries;
        credential.status = status;
        credential.key = kKey;
        credential.count(kKey, tries, status);
        out.verification.add(LicenceChecks::kSignature, R::NotChecked, tr("the licence PIN was not verified: the licence was not read"));
        return false;
    };
    const bool useDefault = pinSet.has_value() && !*pinSet;
    // §A3, §A6: a PIN the holder set is 4 digits; anything else is refused here, unsent.
    const bool ruledOut = request.licencePin && !useDefault && !LicenceCard::isHolderPin(request.licencePin->view());
    if (!request.licencePin || ruledOut) {
        auto tries = SafeVerify::triesLeft(m_transport, LicenceCard::kOnMyNumberPin);
        if (!tries)
            return tries.error();
        if (ruledOut)
            return refused(SafeVerify::Status::RuledOut, *tries);
        // Nothing of the licence is shown but its PIN state, so no licence check stands open.
        credential.secondTriesLeft = *tries;
        credential.count(kKey, *tries);
        return false;
    }
    const SecureBytes secret = useDefault ? SecureBytes(LicenceCard::kDefaultPin) : request.licencePin->clone();
    auto outcome = SafeVerify::run(m_transport, LicenceCard::kOnMyNumberPin, secret, request.myNumber.allowLastTry);
    if (!outcome)
        return outcome.error();
    if (outcome->status != SafeVerify::Status::Verified)
        return refused(outcome->status, outcome->triesLeft);
    credential.secondTriesLeft = outcome->triesLeft;
    credential.count(kKey, outcome->triesLeft, outcome->status);
    if (!credential.status)
        credential.status = outcome->status;
    return true;
}

Result<bool, ReaderError> MyNumberLicenceReader::readLicence(CardReadOutcome& out, const Request& request)
{
    if (auto selected = SelectByName::require(m_transport, LicenceCard::kOnMyNumberAid); !selected)
        return selected.error();
    auto pinSet = readPinSetting(out);
    if (!pinSet)
        return pinSet.error();
    auto verified = verifyPin(out, request, *pinSet);
    if (!verified || !*verified)
        return verified;

    auto information = FileReader(m_transport).read(FileRef::fid(kInformationFid), FileReader::Options::wholeFile(8192));
    if (!information)
        return information.error();
    auto signatureFile = FileReader(m_transport).read(FileRef::fid(kSignatureFid), FileReader::Options::wholeFile(8192));
    if (!signatureFile)
        return signatureFile.error();

    // A bad licence file costs the licence checks, never the My Number part already read.
    if (auto parsed = MyNumberLicenceFiles::parseInformation(*information)) {
        out.record.fields.insert(RecordField::kLicenceExpiryDate, parsed->expiryDate.toString(Qt::ISODate));
        if (!parsed->otherTags.isEmpty())
            out.record.fields.insert(RecordField::kLicenceOtherTags, parsed->otherTags.join(QLatin1Char(',')));
        if (!parsed->unreadableRest.isEmpty())
            qCWarning(lcCard) << "licence information after the expiry not readable:" << parsed->unreadableRest;
        LicenceChecks::expiry(out.verification, parsed->expiryDate, request.myNumber.now);
    } else {
        out.verification.add(LicenceChecks::kExpiry, R::Fail, tr("the licence information is not readable: %1").arg(parsed.error()));
    }

    auto signature = LicenceSignature::parse(*signatureFile);
    if (!signature) {
        LicenceChecks::signatureUnreadable(out.verification, signature.error());
        return true;
    }
    out.record.fields.insert(RecordField::kSignatureSubject, signature->subjectName);
    out.record.fields.insert(RecordField::kSignatureIssuer, signature->issuerName);
    LicenceChecks::signature(out, m_trust, *signature, LicenceSignature::signedDataOnMyNumber(*information), tr("the licence information"));
    return true;
}

Result<CardReadOutcome, ReaderError> MyNumberLicenceReader::read(const Request& request)
{
    auto myNumber = MyNumberReader(m_transport, m_trust).read(request.myNumber);
    if (!myNumber)
        return myNumber.error();
    CardReadOutcome out = std::move(myNumber).value();
    out.record.type = DocumentType::MyNumberLicence;
    if (request.licencePin)
        out.credential.route = out.credential.route.isEmpty() ? kKey : out.credential.route + QLatin1Char('+') + kKey;
    if (out.credentialRefused()) {
        out.verification.add(LicenceChecks::kSignature, R::NotChecked, tr("the My Number credential was not accepted: the licence was not read"));
        return out;
    }
    if (auto licence = readLicence(out, request); !licence)
        return licence.error();
    return out;
}

} // namespace madoguchi
