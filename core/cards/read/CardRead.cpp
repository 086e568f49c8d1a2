#include "core/cards/read/CardRead.h"

#include "core/cards/RecordField.h"
#include "core/cards/SafeVerify.h"
#include "core/cards/SelectByName.h"
#include "core/cards/mynumber/MyNumberCard.h"
#include "core/cards/read/ResidenceOnMyNumber.h"

namespace madoguchi {
namespace {

using Route = MyNumberReader::Request::Route;

// The text AP's key for `route` (mynumber.md §3.1): its counter is the one staff see first.
quint8 textKey(Route route)
{
    return route == Route::Pin ? MyNumberCard::kTextPin : MyNumberCard::kTextCollationB;
}

Result<bool, ReaderError> probeMyNumber(CardChannel& channel, CardProbe& probe, bool individualNumber)
{
    probe.myNumberRoute = individualNumber ? Route::Pin : Route::CollationB;
    auto selected = SelectByName::probe(channel, MyNumberCard::kTextAid);
    if (!selected)
        return selected.error();
    if (*selected) {
        auto tries = SafeVerify::triesLeft(channel, textKey(probe.myNumberRoute));
        if (!tries)
            return tries.error();
        probe.triesLeft = *tries;
    }
    if (probe.document() != DocumentType::MyNumberLicence)
        return true;
    auto licence = MyNumberLicenceReader::probePin(channel);
    if (!licence)
        return licence.error();
    probe.pinSet = licence->pinSet;
    probe.secondTriesLeft = licence->triesLeft;
    return true;
}

Result<bool, ReaderError> probeLicence(CardChannel& channel, CardProbe& probe)
{
    // The free part of a licence read: common data, PIN setting, both counters. When it fails the
    // counters stay unknown: the read itself queries them again before any VERIFY, and says what
    // went wrong.
    const TrustStore noAnchors;
    auto free = LicenceReader(channel, noAnchors).read(LicenceReader::Request{});
    if (!free)
        return true;
    probe.triesLeft = free->credential.triesLeft;
    probe.secondTriesLeft = free->credential.secondTriesLeft;
    const QString setting = free->record.fields.value(RecordField::kPinSetting);
    if (!setting.isEmpty())
        probe.pinSet = setting != QLatin1String("default");
    return true;
}

} // namespace

bool CardRead::isMyNumberCard(DocumentType type)
{
    return type == DocumentType::MyNumber || type == DocumentType::SpecifiedResidence || type == DocumentType::SpecifiedPermanentResident;
}

Result<ReaderInfo, ReaderError> CardRead::readerWithCard(ReaderBackend& backend, const QString& filter)
{
    auto readers = backend.listReaders();
    if (!readers)
        return readers.error();
    ReaderList matching;
    for (const ReaderInfo& reader : std::as_const(*readers))
        if (reader.name.contains(filter, Qt::CaseInsensitive))
            matching.append(reader);
    for (const ReaderInfo& reader : std::as_const(matching))
        if (reader.hasCard)
            return reader;
    if (matching.isEmpty())
        return ReaderError(ReaderError::Kind::NoReader, filter.isEmpty() ? QString() : QStringLiteral("no reader name contains \"%1\"").arg(filter));
    return ReaderError(ReaderError::Kind::NoCard, matching.first().name);
}

QString CardRead::unreadable(const CardDetector::Detection& detection)
{
    if (detection.phone == QLatin1String("iphone-jpki") || detection.phone == QLatin1String("android-jpki"))
        //: A smartphone with the My Number card function (スマホ用電子証明書) was placed instead of the card.
        return tr("This is a smartphone with the My Number card function (%1), not the card. The card-face data (name, address, "
                  "photo) cannot be read from a phone here. Ask the customer for the plastic My Number card.")
            .arg(detection.phone == QLatin1String("iphone-jpki") ? QStringLiteral("iPhone") : QStringLiteral("Android"));
    if (!detection.phone.isEmpty())
        //: A phone presenting a mobile document (ISO/IEC 18013-5) or an NFC tag was placed instead of a card.
        return tr("This is a phone or tag presenting a mobile document, not an identity card. Nothing can be read from it here. "
                  "Ask the customer for the plastic card.");
    if (detection.unknownMyNumberPlatform)
        //: A My Number card platform answered (JPKI), but not the applications this version reads.
        return tr("This card is on the My Number card platform, but of a kind this terminal does not support yet (for example a "
                  "next-generation card). Use the counter's other procedure.");
    if (detection.type == DocumentType::Unknown)
        //: The card answered none of the identity documents' applications.
        return tr("This card is not an identity document madoguchi can read. Take it off and place another.");
    return {};
}

Result<CardProbe, ReaderError> CardRead::probe(CardChannel& channel, bool individualNumber)
{
    CardProbe probe;
    probe.reader = channel.readerName();
    probe.pinPad = channel.hasPinPad();
    auto detection = CardDetector(channel).detect();
    if (!detection)
        return detection.error();
    probe.detection = *detection;
    probe.unreadable = unreadable(probe.detection);
    if (!probe.unreadable.isEmpty())
        return probe;
    Result<bool, ReaderError> counters = true;
    if (isMyNumberCard(probe.detection.type))
        counters = probeMyNumber(channel, probe, individualNumber);
    else if (probe.detection.type == DocumentType::Licence)
        counters = probeLicence(channel, probe);
    // Residence cards and passports have no retry counter (residence-card.md §B2, passport.md §1).
    if (!counters)
        return counters.error();
    return probe;
}

Result<CardReadOutcome, ReaderError> CardRead::read(ApduTransport& card, const CardDetector::Detection& detection, CardReadRequest request,
                                                    const TrustStore& trust)
{
    // The rules every read follows go with the part of the request that is used.
    const auto withRules = [&request](auto& part) -> auto& {
        part.now = request.now;
        part.progress = request.progress;
        return part;
    };
    MyNumberReader::Request& myNumber = withRules(request.myNumber.myNumber);
    myNumber.allowLastTry = request.allowLastTry;  // also the licence PIN's rule on a マイナ免許証
    request.licence.allowLastTry = request.allowLastTry;
    switch (detection.document()) {
    case DocumentType::MyNumber:
    case DocumentType::SpecifiedResidence:
    case DocumentType::SpecifiedPermanentResident: {
        auto outcome = MyNumberReader(card, trust).read(myNumber);
        if (!outcome || !detection.residenceOnMyNumberPlatform)
            return outcome;
        // residence-card-0708.md: the residence part, once the identity was read.
        const auto residence = [&]() -> Result<CardReadOutcome, ReaderError> {
            if (outcome->credentialRefused())
                return ReaderError(ReaderError::Kind::Unsupported, tr("the My Number credential was not accepted"));
            if (detection.residenceCardType.isEmpty())
                return ReaderError(ReaderError::Kind::Unsupported, tr("the card's type could not be read"));
            return ResidenceReader(card, trust).readOnMyNumberCard(withRules(request.residence), detection.residenceCardType);
        }();
        if (!residence && ResidenceOnMyNumber::endsTheRead(residence.error()))
            return residence.error();
        ResidenceOnMyNumber::merge(*outcome, detection, residence);
        return outcome;
    }
    case DocumentType::MyNumberLicence:
        return MyNumberLicenceReader(card, trust).read(request.myNumber);
    case DocumentType::Licence:
        return LicenceReader(card, trust).read(withRules(request.licence));
    case DocumentType::Residence:
        return ResidenceReader(card, trust).read(withRules(request.residence));
    case DocumentType::Passport:
        return PassportReader(card, trust).read(withRules(request.passport));
    case DocumentType::Unknown:
        break;
    }
    return ReaderError(detection.phone.isEmpty() ? ReaderError::Kind::Unsupported : ReaderError::Kind::NoCard, unreadable(detection));
}

} // namespace madoguchi
