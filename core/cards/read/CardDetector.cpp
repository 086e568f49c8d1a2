#include "core/cards/read/CardDetector.h"

#include "core/base/Logging.h"
#include "core/cards/SelectByName.h"
#include "core/cards/licence/LicenceCard.h"
#include "core/cards/mynumber/MyNumberCard.h"
#include "core/cards/passport/PassportApplication.h"
#include "core/cards/residence/ResidenceCard.h"

namespace madoguchi {
namespace {

struct Probe
{
    const char* name;
    const QByteArray& aid;
    DocumentType type;
};

// In this order: residence cards 07/08 carry the My Number applications too, so their 在留 AP is
// tried first (residence-card.md §B5: never touch JPKI on them).
const Probe kProbes[] = {
    {"residence-ap", ResidenceCard::kOnMyNumberAid, DocumentType::Residence},  // residence-card.md §B5
    {"jpki", MyNumberCard::kJpkiAid, DocumentType::MyNumber},                  // mynumber.md §1
    {"licence-df1", LicenceCard::kDf1Aid, DocumentType::Licence},              // drivers-licence.md §A1
    {"residence-df1", ResidenceCard::kDf1Aid, DocumentType::Residence},        // residence-card.md §B1, §B4
    {"emrtd", PassportApplication::kAid, DocumentType::Passport},              // passport.md §4
};
// mynumber.md §9, drivers-licence.md §A6: the マイナ免許証 instance on a My Number card.
const Probe kLicenceOnMyNumber{"licence-on-mynumber", LicenceCard::kOnMyNumberAid, DocumentType::MyNumber};

} // namespace

DocumentType CardDetector::Detection::document() const
{
    return applications.contains(QLatin1String(kLicenceOnMyNumber.name)) ? DocumentType::MyNumberLicence : type;
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
        detection.residenceOnMyNumberPlatform = probe.aid == kProbes[0].aid;
        if (probe.type == DocumentType::MyNumber) {
            auto licence = SelectByName::probe(m_transport, kLicenceOnMyNumber.aid);
            if (!licence)
                return licence.error();
            if (*licence)
                detection.applications.append(QLatin1String(kLicenceOnMyNumber.name));
        }
        return detection;
    }
    qCInfo(lcCard) << "no known application answered";
    return detection;
}

} // namespace madoguchi
