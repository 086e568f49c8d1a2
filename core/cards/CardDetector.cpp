#include "core/cards/CardDetector.h"

#include "core/base/Logging.h"

namespace madoguchi {
namespace {

QByteArray aid16(const char* prefixHex)
{
    QByteArray aid = QByteArray::fromHex(prefixHex);
    aid.append(QByteArray(16 - aid.size(), '\0'));
    return aid;
}

struct Probe
{
    const char* name;
    QByteArray aid;
    DocumentType type;
};

// In this order: residence cards 07/08 carry the My Number applications too, so their 在留 AP is
// tried first (residence-card.md §B5: never touch JPKI on them).
const Probe kProbes[] = {
    {"residence-ap", aid16("D392F0004F01"), DocumentType::Residence},         // residence-card.md §B5
    {"jpki", QByteArray::fromHex("D392F000260100000001"), DocumentType::MyNumber},  // mynumber.md §1
    {"licence-df1", aid16("A00000023101"), DocumentType::Licence},            // drivers-licence.md §A1
    {"residence-df1", aid16("D392F0004F02"), DocumentType::Residence},        // residence-card.md §B1, §B4
    {"emrtd", QByteArray::fromHex("A0000002471001"), DocumentType::Passport},  // passport.md §4
};
// mynumber.md §9, drivers-licence.md §A6: the マイナ免許証 instance on a My Number card.
const Probe kLicenceOnMyNumber{"licence-on-mynumber", aid16("A0000002310600"), DocumentType::MyNumber};

} // namespace

Result<bool, ReaderError> CardDetector::selectAid(const QByteArray& aid)
{
    // SELECT by DF name, P2 0C and no Le: mynumber.md §1; passport.md §7 (Le on SELECT breaks
    // some documents).
    auto response = m_transport.transmit(CommandApdu(0x00, 0xA4, 0x04, 0x0C, aid));
    if (!response)
        return response.error();
    return response->isSuccess();
}

Result<CardDetector::Detection, ReaderError> CardDetector::detect()
{
    Detection detection;
    for (const Probe& probe : kProbes) {
        auto found = selectAid(probe.aid);
        if (!found)
            return found.error();
        if (!*found)
            continue;
        detection.type = probe.type;
        detection.applications.append(QLatin1String(probe.name));
        detection.residenceOnMyNumberPlatform = probe.aid == kProbes[0].aid;
        if (probe.type == DocumentType::MyNumber) {
            auto licence = selectAid(kLicenceOnMyNumber.aid);
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
