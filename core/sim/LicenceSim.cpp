#include "core/sim/LicenceSim.h"

#include "core/sim/SimFiles.h"

namespace madoguchi {

std::unique_ptr<VirtualCard> LicenceSim::build(const Persona& persona, const SimCardOptions& simOptions)
{
    const QJsonObject doc = persona.document(QStringLiteral("licence"));
    const auto date = [&](const char* key) { return QDate::fromString(doc.value(QLatin1String(key)).toString(), Qt::ISODate); };
    const QString pin1 = doc.value(QLatin1String("pin1")).toString();
    const QString pin2 = doc.value(QLatin1String("pin2")).toString();
    // drivers-licence.md §A2: no PIN set → both PINs are "****".
    const bool pinSet = !pin1.isEmpty();

    VirtualCard::Options options;
    options.extendedLength = simOptions.extendedLength;
    // drivers-licence.md §A3: PINs live in the MF and unlock files in DF1/DF2.
    options.dfSelectClearsVerification = false;

    DedicatedFile mf;
    // §A2: 45 0B spec version (3 ASCII) + issue date + expiry (BCD YYYYMMDD); 46 02 manufacturer, crypto.
    const QByteArray common = SimFiles::tlv(0x45, QByteArrayLiteral("008") + SimFiles::bcdDate(date("issueDate"))
                                                       + SimFiles::bcdDate(date("expiryDate")))
                              + SimFiles::tlv(0x46, QByteArray::fromHex("0101"));
    mf.addFile({0x2F01, 0x00, common, {}})
        .addFile({0x000A, 0x0A, SimFiles::tlv(0x05, QByteArray(1, pinSet ? 1 : 0)), {}})
        .addKey({0x0001, 0x01, pinSet ? pin1.toLatin1() : QByteArrayLiteral("****"), 3, 3})
        .addKey({0x0002, 0x02, pinSet ? pin2.toLatin1() : QByteArrayLiteral("****"), 3, 3});

    // Contactless ISO/IEC 14443-B card: historical bytes from ATQB application data and protocol info.
    auto card = std::make_unique<VirtualCard>(SimFiles::contactlessAtr(QByteArray::fromHex("0000000000B381A1")),
                                              std::move(mf), options);
    // §A1: DF1 entries, DF2 photo, DF3 reserved (its AID holds 48, not 31).
    card->addApplication(DedicatedFile(SimFiles::aid16(QByteArray::fromHex("A00000023101"))));
    card->addApplication(DedicatedFile(SimFiles::aid16(QByteArray::fromHex("A00000023102"))));
    card->addApplication(DedicatedFile(SimFiles::aid16(QByteArray::fromHex("A00000024803"))));
    return card;
}

} // namespace madoguchi
