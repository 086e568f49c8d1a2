#include "core/sim/MyNumberSim.h"

#include "core/sim/SimFiles.h"
#include "core/text/WarekiDate.h"

namespace madoguchi {
namespace {

// mynumber.md §0: a contact ATR whose card capabilities (73 C6 01 C0) advertise extended Lc/Le;
// the plain one (no historical bytes) for cards that do not say.
const QByteArray kAtrExtended = QByteArray::fromHex("3BDA13FF8131FB468012392F31C173C601C03B");
const QByteArray kAtrPlain = QByteArray::fromHex("3BE000FF8131FE4514");

// mynumber.md §1.
const QByteArray kAidJpki = QByteArray::fromHex("D392F000260100000001");
const QByteArray kAidText = QByteArray::fromHex("D3921000310001010408");
const QByteArray kAidSurface = QByteArray::fromHex("D3921000310001010402");
const QByteArray kAidJuki = QByteArray::fromHex("D3921000310001010401");
const QByteArray kAidCommon = QByteArray::fromHex("D3921000310001010100");

// Retry limits for the collation keys are not documented (mynumber.md §4.3 [U], "probably 10").
constexpr int kCollationTries = 10;

QByteArray ascii(const QString& text)
{
    return text.toLatin1();
}

// mynumber.md §3.2: FF 10 0C + 12 ASCII digits + FF FF, 17 bytes.
QByteArray myNumberFile(const QString& number)
{
    return SimFiles::padded(SimFiles::tlv(0xFF10, ascii(number)), 17, char(0xFF));
}

// mynumber.md §3.3: FF20 { DF21 offsets of DF22..DF25 from the start of the file, DF22 name,
// DF23 address, DF24 birth date YYYYMMDD, DF25 sex digit }, UTF-8, FF filler after the object.
QByteArray basicFourFile(const Persona& p)
{
    const QByteArray items[] = {
        SimFiles::tlv(0xDF22, p.nameKanji().toUtf8()),
        SimFiles::tlv(0xDF23, p.address().toUtf8()),
        SimFiles::tlv(0xDF24, ascii(p.birthDate().toString(QStringLiteral("yyyyMMdd")))),
        SimFiles::tlv(0xDF25, QByteArray(1, char('0' + int(p.sex())))),
    };
    qsizetype itemsSize = 0;
    for (const QByteArray& item : items)
        itemsSize += item.size();
    const qsizetype tableSize = 3 + 8;  // DF 21 08 + four u16
    const qsizetype outerHeader = SimFiles::tlv(0xFF20, QByteArray(tableSize + itemsSize, 0)).size() - tableSize - itemsSize;
    QByteArray table;
    qsizetype offset = outerHeader + tableSize;
    for (const QByteArray& item : items) {
        table.append(char(offset >> 8)).append(char(offset & 0xFF));
        offset += item.size();
    }
    QByteArray value = SimFiles::tlv(0xDF21, table);
    for (const QByteArray& item : items)
        value.append(item);
    const QByteArray object = SimFiles::tlv(0xFF20, value);
    return SimFiles::padded(object, std::max<qsizetype>(256, (object.size() + 255) / 256 * 256), char(0xFF));
}

// mynumber.md §5: token info, 160 bytes, the first 32 the label space-padded.
QByteArray tokenInfo()
{
    return SimFiles::padded(SimFiles::padded(QByteArrayLiteral("JPKIAPICCTOKEN2"), 32, ' '), 160, 0);
}

KeyReference key(quint16 fid, const QString& secret, int tries)
{
    // mynumber.md §2: the SFI of a key is the low five bits of its FID (text PIN 0011 → P2 91).
    return KeyReference{fid, quint8(fid & 0x1F), ascii(secret), tries, tries};
}

} // namespace

std::unique_ptr<VirtualCard> MyNumberSim::build(const Persona& persona, bool extendedLength)
{
    const QJsonObject doc = persona.document(QStringLiteral("mynumber"));
    const QString myNumber = doc.value(QLatin1String("myNumber")).toString();
    const QString pin = doc.value(QLatin1String("pin")).toString();
    const QDate expiry = QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate);
    const QString securityCode = doc.value(QLatin1String("securityCode")).toString();
    // mynumber.md §4.3: 照合番号B = birth date YYMMDD (和暦 year for Japanese nationals, Gregorian
    // year for others [U]) + expiry year YYYY + security code.
    const auto wareki = WarekiDate::fromGregorian(persona.birthDate());
    const bool japanese = persona.nationality() == QLatin1String("JPN");
    const QString birthYymmdd = japanese && wareki ? wareki->toYYMMDD()
                                                   : persona.birthDate().toString(QStringLiteral("yyMMdd"));
    const QString collationB = birthYymmdd + QString::number(expiry.year()) + securityCode;

    VirtualCard::Options options;
    options.extendedLength = extendedLength;
    auto card = std::make_unique<VirtualCard>(extendedLength ? kAtrExtended : kAtrPlain, DedicatedFile(), options);

    DedicatedFile text(kAidText);  // mynumber.md §3.1
    text.addFile({0x0001, 0x01, myNumberFile(myNumber), {0x0011, 0x0014}})
        .addFile({0x0002, 0x02, basicFourFile(persona), {0x0011, 0x0015}})
        .addKey(key(0x0011, pin, 3))
        .addKey(key(0x0014, myNumber, kCollationTries))
        .addKey(key(0x0015, collationB, kCollationTries));
    card->addApplication(std::move(text));

    DedicatedFile surface(kAidSurface);  // mynumber.md §4.1
    surface.addKey(key(0x0011, birthYymmdd, kCollationTries))
        .addKey(key(0x0012, collationB, kCollationTries))
        .addKey(key(0x0013, myNumber, kCollationTries));
    card->addApplication(std::move(surface));

    DedicatedFile jpki(kAidJpki);  // mynumber.md §5
    jpki.addFile({0x0006, 0x06, tokenInfo(), {}})
        .addFile({0x0008, 0x08, QByteArray::fromHex("8F8F00"), {}})
        .addKey(key(0x0018, pin, 3))
        .addKey(key(0x001B, doc.value(QLatin1String("signPassword")).toString().toUpper(), 5));
    card->addApplication(std::move(jpki));

    card->addApplication(DedicatedFile(kAidCommon));
    card->addApplication(DedicatedFile(kAidJuki));
    return card;
}

} // namespace madoguchi
