#include "core/cards/read/CardDetector.h"

#include "core/base/Logging.h"
#include "core/cards/SelectByName.h"
#include "core/cards/licence/LicenceCard.h"
#include "core/cards/mynumber/MyNumberCard.h"
#include "core/cards/passport/PassportApplication.h"
#include "core/cards/residence/ResidenceCard.h"
#include "core/cards/residence/ResidenceCardType.h"
#include "core/reader/FileReader.h"

namespace madoguchi {
namespace {

struct Probe
{
    const char* name;
    const QByteArray& aid;
    DocumentType type;
};

// In this order: a 07/08 card carries the My Number applications too, so its 在留 AP is tried
// first (residence-card-0708.md §1 step 2: a 05/06 or plain My Number card answers 6A82).
const Probe kProbes[] = {
    {"residence-ap", ResidenceCard::kOnMyNumberAid, DocumentType::MyNumber},  // residence-card-0708.md §2
    {"jpki", MyNumberCard::kJpkiAid, DocumentType::MyNumber},                 // mynumber.md §1
    {"licence-df1", LicenceCard::kDf1Aid, DocumentType::Licence},             // drivers-licence.md §A1
    {"residence-df1", ResidenceCard::kDf1Aid, DocumentType::Residence},       // residence-card.md §B1, §B4
    {"emrtd", PassportApplication::kAid, DocumentType::Passport},             // passport.md §4
};
// mynumber.md §9, drivers-licence.md §A6: the マイナ免許証 instance on a My Number card.
const Probe kLicenceOnMyNumber{"licence-on-mynumber", LicenceCard::kOnMyNumberAid, DocumentType::MyNumber};

// What phones answer instead of a card. ISO/IEC 18013-5 §8.3.3.1.2: the mdoc NFC data-transfer
// application; NFC Forum Type 4 Tag: the NDEF application (the mdoc's NFC engagement too).
const QByteArray kMdocAid = QByteArray::fromHex("A0000002480400");
const QByteArray kNdefAid = QByteArray::fromHex("D2760000850101");

// mynumber.md §5 (EF 0006, first 32 bytes, space-padded): the token of a phone's JPKI.
constexpr char kIphoneToken[] = "JPKIAPIOSTOKEN";
constexpr char kAndroidToken[] = "JPKIAPGPSETOKEN";

} // namespace

DocumentType CardDetector::Detection::document() const
{
    if (applications.contains(QLatin1String(kLicenceOnMyNumber.name)) && type == DocumentType::MyNumber)
        return DocumentType::MyNumberLicence;
    return type;
}

Result<QByteArray, ReaderError> CardDetector::residenceCardType()
{
    FileReader::Options options;  // one C1 object: its header gives its length (one READ BINARY)
    options.maxSize = 16;
    auto file = FileReader(m_transport).read(FileRef::sfi(0x0A), options);
    if (!file && file.error().kind() != ReaderError::Kind::CardRefused && file.error().kind() != ReaderError::Kind::Malformed)
        return file.error();
    const auto type = file ? ResidenceCardType::parse(*file) : Result<ResidenceCardType, QString>(file.error().describe());
    if (!type || type->platform != ResidenceCardType::Platform::MyNumberCard) {
        qCInfo(lcCard) << "the 在留 AP answered, but its card type could not be read:" << (type ? QString::fromLatin1(type->code) : type.error());
        return QByteArray();
    }
    return type->code;
}

Result<QString, ReaderError> CardDetector::jpkiToken()
{
    // One READ BINARY of the 32-byte token name (SFI 6): detection stays a few commands long.
    auto answer = m_transport.transmit(CommandApdu(0x00, 0xB0, 0x86, 0x00, {}, 32));
    if (!answer)
        return answer.error();
    const QByteArray token = answer->sw().carriesData() ? answer->data().left(32).trimmed() : QByteArray();
    if (token.startsWith(kIphoneToken))
        return QStringLiteral("iphone-jpki");
    if (token.startsWith(kAndroidToken))
        return QStringLiteral("android-jpki");
    return QString();
}

Result<bool, ReaderError> CardDetector::hasMyNumberApplications()
{
    for (const QByteArray& aid : {MyNumberCard::kTextAid, MyNumberCard::kSurfaceAid}) {
        auto found = SelectByName::probe(m_transport, aid);
        if (!found || !*found)
            return found;
    }
    return true;
}

Result<CardDetector::Detection, ReaderError> CardDetector::detect()
{
    Detection detection;
    for (const Probe& probe : kProbes) {
        auto found = SelectByName::probe(m_transport, probe.aid);
        if (!found)
            return found.error();
        if (!*found)
            continue;
        detection.type = probe.type;
        detection.applications.append(QLatin1String(probe.name));
        if (probe.aid == ResidenceCard::kOnMyNumberAid) {
            // §2: the AP-level files first, before any session (re-selecting the AP clears it).
            detection.residenceOnMyNumberPlatform = true;
            auto code = residenceCardType();
            if (!code)
                return code.error();
            detection.residenceCardType = *code;
            if (auto jpki = SelectByName::probe(m_transport, MyNumberCard::kJpkiAid); !jpki)
                return jpki.error();
            else if (*jpki)
                detection.applications.append(QStringLiteral("jpki"));
        }
        if (probe.type != DocumentType::MyNumber)
            return detection;
        // The JPKI application is the platform; a phone's JPKI says so in its token information.
        if (auto token = jpkiToken(); !token)
            return token.error();
        else if (!token->isEmpty()) {
            detection.phone = *token;
            detection.type = DocumentType::Unknown;
            return detection;
        }
        auto own = hasMyNumberApplications();
        if (!own)
            return own.error();
        if (!*own) {
            // mynumber.md §9: a next-generation card keeps JPKI but may move or replace the rest.
            qCInfo(lcCard) << "a My Number platform card without the text AP or the 券面AP; it answered:" << detection.applications;
            detection.unknownMyNumberPlatform = true;
            detection.type = DocumentType::Unknown;
            return detection;
        }
        if (detection.residenceCardType == "07")
            detection.type = DocumentType::SpecifiedResidence;
        else if (detection.residenceCardType == "08")
            detection.type = DocumentType::SpecifiedPermanentResident;
        auto licence = SelectByName::probe(m_transport, kLicenceOnMyNumber.aid);
        if (!licence)
            return licence.error();
        if (*licence)
            detection.applications.append(QLatin1String(kLicenceOnMyNumber.name));
        return detection;
    }
    for (const auto& [name, aid] : {std::pair{"mdoc", kMdocAid}, std::pair{"ndef", kNdefAid}}) {
        auto found = SelectByName::probe(m_transport, aid);
        if (!found)
            return found.error();
        if (*found) {
            detection.phone = QLatin1String(name);
            detection.applications.append(QLatin1String(name));
            return detection;
        }
    }
    qCInfo(lcCard) << "no known application answered";
    return detection;
}

} // namespace madoguchi
