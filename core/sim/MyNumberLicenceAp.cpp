#include "core/sim/MyNumberLicenceAp.h"

#include "core/sim/LicenceSim.h"
#include "core/sim/SimFiles.h"
#include "core/text/WarekiDate.h"

namespace madoguchi {
namespace {

// §A6: only the instance AID is selectable.
const QByteArray kAidInstance = QByteArray::fromHex("A0000002310600");
// §A6: an empty VERIFY answers 63 CA.
constexpr int kPinTries = 10;
// The sizes of WEF02/WEF03 are not in the spec; whole 256-byte blocks with 00 filler here.
constexpr qsizetype kInformationSize = 256;
constexpr qsizetype kSignatureSize = 512;

} // namespace

DedicatedFile MyNumberLicenceAp::build(const Persona& persona, const SimCardOptions& options)
{
    const QJsonObject doc = persona.document(QStringLiteral("mynumberLicence"));
    const QString pin = doc.value(QLatin1String("pin")).toString();
    const QDate expiry = QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate);
    const auto expiryEra = WarekiDate::fromGregorian(expiry);

    // §A6: 4 bytes of C2 and C3 (経歴), then C5 with the expiry as D7.
    QByteArray information = SimFiles::padded(SimFiles::tlv(0xC2, {}) + SimFiles::tlv(0xC3, {})
                                                  + SimFiles::tlv(0xC5, expiryEra ? expiryEra->toEraDigits() : QByteArray(7, '0')),
                                              kInformationSize, '\0');
    const QByteArray signature = LicenceSim::signatureFile(information, kSignatureSize);
    if (options.fault == SimCardOptions::Fault::TamperedText) {
        // The last digit of the expiry day, after signing.
        const qsizetype day = information.indexOf(char(0xC5)) + 8;
        information[day] = information[day] == '9' ? '8' : char(information[day] + 1);
    }

    const int left = options.fault == SimCardOptions::Fault::BlockedPin ? 0 : options.fault == SimCardOptions::Fault::PinLastTry ? 1 : kPinTries;
    // §A6: PIN setting C1 01 01 (set) or C1 01 00 (not set: the DPIN "****").
    const bool pinSet = !pin.isEmpty();
    constexpr quint16 kPinFid = 0x0006;
    DedicatedFile ap(SimFiles::aid16(kAidInstance));
    ap.addFile({0x001A, 0x1A, QByteArray::fromHex(pinSet ? "C10101" : "C10100"), {}})
        .addFile({0x001B, 0x1B, information, {kPinFid}})
        .addFile({0x001C, 0x1C, signature, {kPinFid}})
        .addKey(KeyReference{kPinFid, 0x06, pinSet ? pin.toLatin1() : QByteArrayLiteral("****"), kPinTries, left});
    return ap;
}

} // namespace madoguchi
