#include "core/cards/read/CardRead.h"

#include "core/cards/RecordField.h"
#include "core/cards/SafeVerify.h"
#include "core/cards/SelectByName.h"
#include "core/cards/mynumber/MyNumberCard.h"

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
    if (detection.type == DocumentType::Unknown)
        //: The card answered none of the identity documents' applications.
        return tr("This card is not an identity document madoguchi can read. Take it off and place another.");
    if (detection.residenceOnMyNumberPlatform)
        //: Residence cards of types 07/08 (on the My Number card platform, residence-card.md §B5).
        return tr("This residence card is on the My Number card platform (特定在留カード), which this version cannot read yet. "
                  "Use the counter's other procedure.");
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
    if (probe.detection.type == DocumentType::MyNumber)
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
    // A 07/08 residence card is refused by ResidenceReader itself, which names its card type.
    switch (detection.document()) {
    case DocumentType::MyNumber:
        return MyNumberReader(card, trust).read(myNumber);
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
    return ReaderError(ReaderError::Kind::Unsupported, unreadable(detection));
}

} // namespace madoguchi
