#include "core/sim/MyNumberSim.h"

#include "core/crypto/Rsa.h"
#include "core/image/Jpeg2000.h"
#include "core/sim/MyNumberLicenceAp.h"
#include "core/sim/MyNumberProfile.h"
#include "core/sim/PersonaImages.h"
#include "core/sim/ResidenceSim.h"
#include "core/sim/SimFiles.h"
#include "core/sim/SimTestPki.h"
#include "core/text/WarekiDate.h"

namespace madoguchi {
namespace {

using Fault = SimCardOptions::Fault;

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

// mynumber.md §3.5: 7 ASCII digits + 08 05 + 3 ASCII digits + 4 padding bytes.
QByteArray keyId(const char* issuer, const char* generation)
{
    return QByteArray(issuer) + QByteArray::fromHex("0805") + QByteArray(generation) + QByteArray(4, '\0');
}

// §3.5: 90 03 01 00 01, 91 82 01 00 + 256-byte modulus.
QByteArray publicKeyObjects(EVP_PKEY* key)
{
    return SimFiles::tlv(0x90, Rsa::publicExponent(key)) + SimFiles::tlv(0x91, Rsa::modulus(key));
}

// §3.5: 7F21 { 5F4E body (issuer key ID ‖ subject key ID ‖ 90/91), 5F37 PKCS#1 v1.5 SHA-256 over the body }.
QByteArray cvc(const QByteArray& issuerId, const QByteArray& subjectId, EVP_PKEY* subject, EVP_PKEY* issuer)
{
    const QByteArray body = issuerId + subjectId + publicKeyObjects(subject);
    return SimFiles::tlv(0x7F21, SimFiles::tlv(0x5F4E, body) + SimFiles::tlv(0x5F37, Rsa::signSha256(issuer, body)));
}

QByteArray padToBlocks(const QByteArray& object, char filler)
{
    return SimFiles::padded(object, std::max<qsizetype>(256, (object.size() + 255) / 256 * 256), filler);
}

// A constructed object whose first child is an offset table (tag DF21) giving, as big-endian u16,
// the file offset of each following item (§3.3, §4.2).
QByteArray withOffsetTable(quint32 outerTag, const QList<QByteArray>& items)
{
    qsizetype itemsSize = 0;
    for (const QByteArray& item : items)
        itemsSize += item.size();
    const qsizetype tableSize = 3 + 2 * items.size();
    const QByteArray probe = SimFiles::tlv(outerTag, QByteArray(tableSize + itemsSize, 0));
    qsizetype offset = probe.size() - itemsSize;
    QByteArray table;
    for (const QByteArray& item : items) {
        table.append(char(offset >> 8)).append(char(offset & 0xFF));
        offset += item.size();
    }
    QByteArray value = SimFiles::tlv(0xDF21, table);
    for (const QByteArray& item : items)
        value.append(item);
    return SimFiles::tlv(outerTag, value);
}

QList<QByteArray> basicFourItems(const Persona& p, const QString& address)
{
    return {
        SimFiles::tlv(0xDF22, p.nameKanji().toUtf8()),
        SimFiles::tlv(0xDF23, address.toUtf8()),
        SimFiles::tlv(0xDF24, ascii(p.birthDate().toString(QStringLiteral("yyyyMMdd")))),
        SimFiles::tlv(0xDF25, QByteArray(1, char('0' + int(p.sex())))),
    };
}

// §3.4: DF22 to the end of the FF20 object.
QByteArray fromDf22(const QList<QByteArray>& items)
{
    QByteArray out;
    for (const QByteArray& item : items)
        out += item;
    return out;
}

KeyReference key(quint16 fid, const QString& secret, int tries, int left = -1)
{
    // §2: the SFI of a key is the low five bits of its FID (text PIN 0011 → P2 91).
    return KeyReference{fid, quint8(fid & 0x1F), ascii(secret), tries, left < 0 ? tries : left};
}

QString birthYymmdd(const Persona& persona)
{
    // §4.3: 和暦 YY for Japanese nationals; Gregorian YY on foreign residents' cards [U].
    const auto wareki = WarekiDate::fromGregorian(persona.birthDate());
    if (persona.nationality() == QLatin1String("JPN") && wareki)
        return wareki->toYYMMDD();
    return persona.birthDate().toString(QStringLiteral("yyMMdd"));
}

QByteArray certificateFile(const QByteArray& der)
{
    return padToBlocks(der, '\0');
}

} // namespace

QString MyNumberSim::collationB(const Persona& persona)
{
    const QJsonObject doc = persona.document(QStringLiteral("mynumber"));
    const QDate expiry = QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate);
    return birthYymmdd(persona) + QString::number(expiry.year()) + doc.value(QLatin1String("securityCode")).toString();
}

std::unique_ptr<VirtualCard> MyNumberSim::build(const Persona& persona, const SimCardOptions& options)
{
    const SimTestPki& pki = SimTestPki::instance();
    const QJsonObject doc = persona.document(QStringLiteral("mynumber"));
    const QString myNumber = doc.value(QLatin1String("myNumber")).toString();
    const QString pin = doc.value(QLatin1String("pin")).toString();
    const QString signPassword = doc.value(QLatin1String("signPassword")).toString();
    const QDate expiry = QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate);
    const QString securityCode = doc.value(QLatin1String("securityCode")).toString();
    const QString municipality = doc.value(QLatin1String("municipalityCode")).toString().left(5);
    const QString b = collationB(persona);

    VirtualCard::Options cardOptions;
    cardOptions.extendedLength = options.extendedLength;
    cardOptions.quirks = options.quirks;
    auto card = std::make_unique<VirtualCard>(options.extendedLength ? kAtrExtended : kAtrPlain, DedicatedFile(), cardOptions);
    EVP_PKEY* chip = pki.myNumberCard.get();
    const QByteArray chipKeyObjects = publicKeyObjects(chip);

    // ---- 券面事項入力補助AP (§3) ----
    const QByteArray textCaId = keyId("9000033", "001");
    const QByteArray textApId = keyId("9100033", "001");
    const QByteArray file0001 = SimFiles::padded(SimFiles::tlv(0xFF10, ascii(myNumber)), 17, char(0xFF));
    const QList<QByteArray> items = basicFourItems(persona, persona.address());
    const QByteArray digests = SimFiles::tlv(0xDF31, Rsa::sha256(file0001)) + SimFiles::tlv(0xDF32, Rsa::sha256(fromDf22(items)));
    const QByteArray file0003 = SimFiles::tlv(0xFF30, digests + SimFiles::tlv(0xDF33, Rsa::signSha256(pki.myNumberTextAp.get(), digests)));
    QList<QByteArray> stored = items;
    if (options.fault == Fault::TamperedText)  // the address changed after the issuer signed it
        stored = basicFourItems(persona, persona.address().chopped(1) + QChar(0xFF19));
    const QByteArray file0002 = padToBlocks(withOffsetTable(0xFF20, stored), char(0xFF));
    // §3.5 0005: FF40 { DF41 01030E01, DF42 key ID, DF43 32 bytes + 96×FF }.
    const QByteArray file0005 = SimFiles::tlv(0xFF40, SimFiles::tlv(0xDF41, QByteArray::fromHex("01030E01")) + SimFiles::tlv(0xDF42, textApId)
                                                          + SimFiles::tlv(0xDF43, QByteArray(32, '\x11') + QByteArray(96, char(0xFF))));
    // §3.5 0007: FF50 { DF51 chip public key, DF52 issuer signature }. What DF52 signs is not
    // documented [U]; this card signs the DF51 object with the AP key (PKCS#1 v1.5, SHA-256).
    const QByteArray df51 = SimFiles::tlv(0xDF51, chipKeyObjects);
    const QByteArray file0007 = SimFiles::tlv(0xFF50, df51 + SimFiles::tlv(0xDF52, Rsa::signSha256(pki.myNumberTextAp.get(), df51)));
    const int pinTries = options.fault == Fault::BlockedPin ? 0 : options.fault == Fault::PinLastTry ? 1 : 3;
    const int textCollationTries = options.fault == Fault::CollationLastTry ? 1 : kCollationTries;
    const int surfaceCollationTries =
        options.fault == Fault::CollationLastTry || options.fault == Fault::SurfaceLastTry ? 1 : kCollationTries;
    DedicatedFile text(kAidText);
    text.addFile({0x0001, 0x01, file0001, {0x0011, 0x0014}})
        .addFile({0x0002, 0x02, file0002, {0x0011, 0x0015}})
        .addFile({0x0003, 0x03, file0003, {0x0011, 0x0014, 0x0015}})
        .addFile({0x0004, 0x04, cvc(textCaId, textApId, pki.myNumberTextAp.get(), pki.myNumberTextCa.get()), {}})
        .addFile({0x0005, 0x05, file0005, {}})
        .addFile({0x0007, 0x07, file0007, {0x0011, 0x0014, 0x0015}})
        .addFile({0x0008, 0x08, QByteArray(16, char(0xFF)), {}})
        .addKey(key(0x0011, pin, 3, pinTries))
        .addKey(key(0x0012, QString(), kCollationTries, 0))  // §3.1: blocked from issuance
        .addKey(key(0x0014, myNumber, kCollationTries, textCollationTries))
        .addKey(key(0x0015, b, kCollationTries, textCollationTries));
    card->addApplication(std::move(text));

    // ---- 券面事項確認AP (§4) ----
    const QByteArray surfaceCaId = keyId("9000023", "001");
    const QByteArray surfaceApId = keyId("9100023", "001");
    const QByteArray photo = Jpeg2000::encode(PersonaImages::face(persona), 1.6);
    const QByteArray df22 = SimFiles::tlv(0xDF22, ascii(persona.birthDate().toString(QStringLiteral("yyyyMMdd"))));
    const QByteArray df23 = SimFiles::tlv(0xDF23, QByteArray(1, char('0' + int(persona.sex()))));
    const QByteArray df24 = SimFiles::tlv(0xDF24, chipKeyObjects);
    const QByteArray df25 = SimFiles::tlv(0xDF25, PersonaImages::textPng(persona.nameKanji(), 320, 24));
    const QByteArray df26 = SimFiles::tlv(0xDF26, PersonaImages::textPng(persona.address(), 480, 20));
    QByteArray df27 = SimFiles::tlv(0xDF27, photo);
    // §4.2: SHA-256 of each group of raw TLVs; the 96 bytes in a SHA-256 DigestInfo (30 71 … 04 60 …).
    const QByteArray groups = Rsa::sha256(df22 + df23 + df24) + Rsa::sha256(df25 + df26) + Rsa::sha256(df27);
    const QByteArray digestInfo = QByteArray::fromHex("3071300D06096086480165030402010500") + SimFiles::tlv(0x04, groups);
    const QByteArray df28 = SimFiles::tlv(0xDF28, Rsa::signPadded(pki.myNumberSurfaceAp.get(), digestInfo));
    if (options.fault == Fault::TamperedPhoto)
        df27[df27.size() - 40] = char(df27[df27.size() - 40] ^ 0x5A);
    const QByteArray df29 = SimFiles::tlv(0xDF29, ascii(expiry.toString(QStringLiteral("yyyyMMdd"))));
    const QByteArray df2a = SimFiles::tlv(0xDF2A, PersonaImages::textPng(securityCode, 48, 12));
    const QByteArray face = padToBlocks(withOffsetTable(0xFF20, {df22, df23, df24, df25, df26, df27, df28, df29, df2a}), char(0xFF));
    // §4.2 0003: FF30 { DF31 04, DF32 key ID, DF33 version, DF34 municipality code, DF35 opaque }.
    const QByteArray surface0003 = SimFiles::tlv(
        0xFF30, SimFiles::tlv(0xDF31, QByteArray::fromHex("01030E01")) + SimFiles::tlv(0xDF32, surfaceApId)
                    + SimFiles::tlv(0xDF33, QByteArray(1, '\x01')) + SimFiles::tlv(0xDF34, ascii(municipality))
                    + SimFiles::tlv(0xDF35, QByteArray(16 + 256, '\x22')));
    DedicatedFile surface(kAidSurface);
    surface.addFile({0x0002, 0x02, face, {0x0012, 0x0013}})
        .addFile({0x0003, 0x03, surface0003, {}})
        .addFile({0x0004, 0x04, cvc(surfaceCaId, surfaceApId, pki.myNumberSurfaceAp.get(), pki.myNumberSurfaceCa.get()), {}})
        .addKey(key(0x0011, birthYymmdd(persona), kCollationTries))
        .addKey(key(0x0012, b, kCollationTries, surfaceCollationTries))
        .addKey(key(0x0013, myNumber, kCollationTries, surfaceCollationTries));
    card->addApplication(std::move(surface));

    // ---- JPKI-AP (§5) ----
    // Cardholders under 15 have no signing certificate (0008 = 00 8F 00).
    const bool hasSigning = !signPassword.isEmpty();
    const QByteArray tokenInfo = SimFiles::padded(SimFiles::padded(QByteArrayLiteral("JPKIAPICCTOKEN2"), 32, ' '), 160, 0);
    DedicatedFile jpki(kAidJpki);
    jpki.addFile({0x000A, 0x0A, certificateFile(pki.jpkiCardAuthDer), {}})
        .addFile({0x000B, 0x0B, certificateFile(pki.jpkiAuthCaDer), {}})
        .addFile({0x0006, 0x06, tokenInfo, {}})
        .addFile({0x0008, 0x08, QByteArray::fromHex(hasSigning ? "8F8F00" : "008F00"), {}})
        .addKey(key(0x0018, pin, 3))
        .addKey(key(0x001B, hasSigning ? signPassword.toUpper() : QString(), 5, hasSigning ? 5 : 0));
    card->addApplication(std::move(jpki));

    // drivers-licence.md §A6: the マイナ免許証, when the holder's licence is recorded on the card.
    if (persona.hasDocument(QStringLiteral("mynumberLicence")))
        card->addApplication(MyNumberLicenceAp::build(persona, options));
    card->addApplication(DedicatedFile(kAidCommon));
    card->addApplication(DedicatedFile(kAidJuki));
    std::unique_ptr<CardProfile> profile =
        std::make_unique<MyNumberProfile>(options.fault == Fault::Cloned ? pki.myNumberCardClone : pki.myNumberCard, kAidText, kAidSurface);
    // residence-card-0708.md §1: a 特定在留カード / 特定特別永住者証明書 is this card with a 在留 AP.
    if (ResidenceSim::onMyNumberCard(persona))
        profile = ResidenceSim::addToMyNumberCard(*card, persona, options, std::move(profile));
    card->setProfile(std::move(profile));
    return card;
}

} // namespace madoguchi
