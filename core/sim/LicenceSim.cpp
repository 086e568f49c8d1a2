#include "core/sim/LicenceSim.h"

#include "core/crypto/Rsa.h"
#include "core/image/Jpeg2000.h"
#include "core/sim/PersonaImages.h"
#include "core/sim/SimFiles.h"
#include "core/sim/SimTestPki.h"
#include "core/text/JisX0208.h"
#include "core/text/WarekiDate.h"

#include <QJsonArray>

namespace madoguchi {
namespace {

// drivers-licence.md §A1, file sizes.
constexpr qsizetype kEntriesSize = 880;
constexpr qsizetype kDomicileSize = 82;
constexpr qsizetype kGaijiSize = 264;
constexpr qsizetype kChangesSize = 640;
constexpr qsizetype kGaijiChangesSize = 663;
constexpr qsizetype kDomicileChangesSize = 256;
constexpr qsizetype kSignatureSize = 578;
constexpr qsizetype kPhotoSize = 2005;
constexpr int kPhotoBytes = 2000;  // 5F40 82 07D0 (§A4)
constexpr int kGaijiSide = 32;
constexpr int kMaxGaiji = 7;

// §A4 category tags by the ids of core/cards/licence (categories a persona holds).
const QMap<QString, quint8>& categoryTags()
{
    static const QMap<QString, quint8> tags{
        {QStringLiteral("motorcycle-small-moped"), 0x22}, {QStringLiteral("other"), 0x23},
        {QStringLiteral("class2"), 0x24},                 {QStringLiteral("heavy"), 0x25},
        {QStringLiteral("ordinary"), 0x26},               {QStringLiteral("heavy-special"), 0x27},
        {QStringLiteral("large-motorcycle"), 0x28},       {QStringLiteral("ordinary-motorcycle"), 0x29},
        {QStringLiteral("small-special"), 0x2A},          {QStringLiteral("moped"), 0x2B},
        {QStringLiteral("towing"), 0x2C},                 {QStringLiteral("heavy-class2"), 0x2D},
        {QStringLiteral("ordinary-class2"), 0x2E},        {QStringLiteral("heavy-special-class2"), 0x2F},
        {QStringLiteral("towing-class2"), 0x30},          {QStringLiteral("medium"), 0x31},
        {QStringLiteral("medium-class2"), 0x32},          {QStringLiteral("semi-medium"), 0x33},
    };
    return tags;
}

// Change kinds as the reader's documented layout numbers them (core/cards/licence/LicenceChanges.h).
const QMap<QString, quint8>& changeTags()
{
    static const QMap<QString, quint8> tags{{QStringLiteral("address"), 0x51},   {QStringLiteral("name"), 0x52},
                                            {QStringLiteral("kana"), 0x53},      {QStringLiteral("condition"), 0x54},
                                            {QStringLiteral("condition-cancelled"), 0x55}, {QStringLiteral("remark"), 0x56},
                                            {QStringLiteral("domicile"), 0x57}};
    return tags;
}

// J8 text with 外字 for what JIS X 0208 lacks; the same character is the same 外字 throughout.
class J8Writer
{
public:
    QByteArray encode(const QString& text)
    {
        QByteArray out;
        for (char32_t code : text.toUcs4()) {
            // J8 has no half-width characters: Latin letters and digits are stored full-width.
            if (code == U' ')
                code = U'\u3000';
            else if (code > 0x20 && code < 0x7F)
                code += 0xFEE0;
            const QString character = QString::fromUcs4(&code, 1);
            if (auto jis = JisX0208::encodeCharacter(character)) {
                out.append(*jis);
                continue;
            }
            qsizetype index = m_gaiji.indexOf(character);
            if (index < 0 && m_gaiji.size() < kMaxGaiji) {
                m_gaiji.append(character);
                index = m_gaiji.size() - 1;
            }
            out.append(index < 0 ? QByteArray::fromHex("FFFA") : JisX0208::gaijiCode(int(index) + 1));  // §A4 欠字 / 外字n
        }
        return out;
    }
    // 外字 n (1-based) as the [U] layout of LicenceGaiji: 文字構成 byte + 32 × 32 bitmap.
    QByteArray glyph(int number) const
    {
        QByteArray value(1 + kGaijiSide * kGaijiSide / 8, '\0');
        if (number > m_gaiji.size())
            return value;
        value[0] = 0x01;
        const QImage image = PersonaImages::glyph(m_gaiji[number - 1], kGaijiSide);
        for (int y = 0; y < kGaijiSide; ++y)
            std::memcpy(value.data() + 1 + y * kGaijiSide / 8, image.constScanLine(y), kGaijiSide / 8);
        return value;
    }
    qsizetype count() const { return m_gaiji.size(); }

private:
    QStringList m_gaiji;
};

QByteArray eraDate(QDate date)
{
    const auto wareki = WarekiDate::fromGregorian(date);
    return wareki ? wareki->toEraDigits() : QByteArray(7, '0');  // all zeros: none (§A4)
}

QByteArray photoFile(const Persona& persona)
{
    // A raw codestream (§A4) that fits 2000 bytes, 00-filled.
    const QByteArray codestream = PersonaImages::faceJpeg2000(persona, kPhotoBytes, Jpeg2000::Container::Codestream);
    return SimFiles::padded(SimFiles::tlv(0x5F40, SimFiles::padded(codestream, kPhotoBytes, '\0')), kPhotoSize, '\0');
}

} // namespace

QByteArray LicenceSim::signatureFile(const QByteArray& signedData, qsizetype size)
{
    const SimTestPki& pki = SimTestPki::instance();
    return SimFiles::padded(SimFiles::tlv(0xB1, Rsa::signSha256(pki.licenceSigner.get(), signedData))
                                + SimFiles::tlv(0xB2, QByteArray::fromHex("00000000004C0001"))
                                + SimFiles::tlv(0xB3, QByteArrayLiteral("MADOGUCHI TEST PSC"))
                                + SimFiles::tlv(0xB4, QByteArrayLiteral("MADOGUCHI TEST PSC SIGNER"))
                                + SimFiles::tlv(0xB5, pki.licenceSignerKeyId),
                            size, '\0');
}

std::unique_ptr<VirtualCard> LicenceSim::build(const Persona& persona, const SimCardOptions& simOptions)
{
    const QJsonObject doc = persona.document(QStringLiteral("licence"));
    const auto string = [&doc](const char* key, const QString& fallback = {}) { return doc.value(QLatin1String(key)).toString(fallback); };
    const auto date = [&](const char* key) { return QDate::fromString(string(key), Qt::ISODate); };
    const QString pin1 = string("pin1");
    const QString pin2 = string("pin2");
    // §A2: no PIN set → both PINs are "****".
    const bool pinSet = !pin1.isEmpty();
    J8Writer j8;

    VirtualCard::Options options;
    options.extendedLength = simOptions.extendedLength;
    options.quirks = simOptions.quirks;
    // §A3: PINs live in the MF and unlock files in DF1/DF2.
    options.dfSelectClearsVerification = false;

    DedicatedFile mf;
    // §A2: 45 0B spec version (3 ASCII) + issue date + expiry (BCD YYYYMMDD); 46 02 manufacturer, crypto.
    const QByteArray common = SimFiles::tlv(0x45, QByteArrayLiteral("008") + SimFiles::bcdDate(date("issueDate"))
                                                       + SimFiles::bcdDate(date("expiryDate")))
                              + SimFiles::tlv(0x46, QByteArray::fromHex("0101"));
    KeyReference key1{0x0001, 0x01, pinSet ? pin1.toLatin1() : QByteArrayLiteral("****"), 3, 3};
    KeyReference key2{0x0002, 0x02, pinSet ? pin2.toLatin1() : QByteArrayLiteral("****"), 3, 3};
    if (simOptions.fault == SimCardOptions::Fault::BlockedPin)
        key1.triesLeft = 0;
    if (simOptions.fault == SimCardOptions::Fault::PinLastTry)
        key2.triesLeft = 1;
    mf.addFile({0x2F01, 0x00, common, {}})
        .addFile({0x000A, 0x0A, SimFiles::tlv(0x05, QByteArray(1, pinSet ? 1 : 0)), {}})
        .addKey(key1)
        .addKey(key2);

    // DF1/EF01 (§A4): every tag in order; length 0 for absent items.
    const QJsonArray conditions = doc.value(QLatin1String("conditions")).toArray();
    const QJsonObject held = doc.value(QLatin1String("categories")).toObject();
    QByteArray entries = SimFiles::tlv(0x11, QByteArray(1, char(0x90)))
                         + SimFiles::tlv(0x12, j8.encode(string("printedName", persona.nameKanji())))
                         + SimFiles::tlv(0x13, j8.encode(persona.nameKana()))
                         + SimFiles::tlv(0x14, {}) + SimFiles::tlv(0x15, {})
                         + SimFiles::tlv(0x16, eraDate(persona.birthDate()))
                         + SimFiles::tlv(0x17, j8.encode(string("printedAddress", persona.address())))
                         + SimFiles::tlv(0x18, eraDate(date("issueDate")))
                         + SimFiles::tlv(0x19, string("referenceNumber", QStringLiteral("000000000")).toLatin1())
                         + SimFiles::tlv(0x1A, j8.encode(string("colour")))
                         + SimFiles::tlv(0x1B, eraDate(date("expiryDate")));
    for (int i = 0; i < 4; ++i)
        entries += SimFiles::tlv(quint32(0x1C + i), j8.encode(conditions.at(i).toString()));
    entries += SimFiles::tlv(0x20, j8.encode(string("commission")));
    entries += SimFiles::tlv(0x21, string("number").toLatin1());
    for (quint8 tag = 0x22; tag <= 0x33; ++tag) {
        const QString id = categoryTags().key(tag);
        entries += SimFiles::tlv(tag, eraDate(QDate::fromString(held.value(id).toString(), Qt::ISODate)));
    }
    entries = SimFiles::padded(entries, kEntriesSize, '\0');

    // §A4 EF02: 41, 80 bytes of J8 padded with full-width spaces.
    QByteArray domicile = j8.encode(string("domicile"));
    while (domicile.size() < 80)
        domicile += QByteArray::fromHex("2121");
    domicile = SimFiles::padded(SimFiles::tlv(0x41, domicile.left(80)), kDomicileSize, '\0');

    // EF04 / EF06: 50 flag, then one record per change (LicenceChanges' documented layout).
    QByteArray changes, domicileChanges;
    for (const QJsonValue& value : doc.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const QString kind = change.value(QLatin1String("kind")).toString();
        const QByteArray parts = SimFiles::tlv(0x01, eraDate(QDate::fromString(change.value(QLatin1String("date")).toString(), Qt::ISODate)))
                                 + SimFiles::tlv(0x02, j8.encode(change.value(QLatin1String("value")).toString()))
                                 + SimFiles::tlv(0x03, j8.encode(change.value(QLatin1String("commission")).toString()));
        // §A4 leaves the per-record tags [U]: the fault writes them flat, as EF01 does (11 JIS
        // edition, then the parts), a layout the reader must report as unreadable, not guess at.
        const QByteArray record = simOptions.fault == SimCardOptions::Fault::UnknownChanges
                                      ? SimFiles::tlv(0x11, QByteArray(1, char(0x90))) + parts
                                      : SimFiles::tlv(changeTags().value(kind, 0x56), parts);
        (kind == QLatin1String("domicile") ? domicileChanges : changes) += record;
    }
    changes = SimFiles::padded(SimFiles::tlv(0x50, QByteArray(1, changes.isEmpty() ? 0 : 1)) + changes, kChangesSize, '\0');
    domicileChanges = SimFiles::padded(SimFiles::tlv(0x50, QByteArray(1, domicileChanges.isEmpty() ? 0 : 1)) + domicileChanges,
                                       kDomicileChangesSize, '\0');

    // 外字 (LicenceGaiji's documented layout): 1–2 in EF03 (48, 49), 3–7 in EF05 after its flag.
    const QByteArray gaiji = SimFiles::padded(SimFiles::tlv(0x48, j8.glyph(1)) + SimFiles::tlv(0x49, j8.glyph(2)), kGaijiSize, '\0');
    QByteArray gaijiChanges = SimFiles::tlv(0x50, QByteArray(1, j8.count() > 2 ? 1 : 0));
    for (int n = 3; n <= kMaxGaiji; ++n)
        gaijiChanges += SimFiles::tlv(quint32(0x4A + n - 3), j8.glyph(n));
    gaijiChanges = SimFiles::padded(gaijiChanges, kGaijiChangesSize, '\0');

    QByteArray photo = photoFile(persona);

    // §A5: B1 signature, then serial, issuer, subject, subject key identifier (tags [U], see
    // LicenceSignature), over the data LicenceSignature::signedData documents.
    const QByteArray signature = signatureFile(entries + gaiji + photo, kSignatureSize);
    if (simOptions.fault == SimCardOptions::Fault::TamperedText) {
        // One byte of the licence number (tag 21), after signing.
        const qsizetype at = entries.indexOf(string("number").toLatin1());
        entries[at + 11] = entries[at + 11] == '0' ? '1' : '0';
    }
    if (simOptions.fault == SimCardOptions::Fault::TamperedPhoto)
        photo[900] = char(photo[900] ^ 0x10);

    // §A3: PIN1 opens EF01, 03, 04, 05, 07; PIN2 (after PIN1) opens EF02, EF06 and the photo.
    constexpr quint16 kPin1Fid = 0x0001;
    constexpr quint16 kPin2Fid = 0x0002;
    DedicatedFile df1(SimFiles::aid16(QByteArray::fromHex("A00000023101")));
    df1.addFile({0x0001, 0x00, entries, {kPin1Fid}})
        .addFile({0x0002, 0x02, domicile, {kPin2Fid}})
        .addFile({0x0003, 0x00, gaiji, {kPin1Fid}})
        .addFile({0x0004, 0x00, changes, {kPin1Fid}})
        .addFile({0x0005, 0x00, gaijiChanges, {kPin1Fid}})
        .addFile({0x0006, 0x00, domicileChanges, {kPin2Fid}})
        .addFile({0x0007, 0x00, signature, {kPin1Fid}});
    DedicatedFile df2(SimFiles::aid16(QByteArray::fromHex("A00000023102")));
    df2.addFile({0x0001, 0x00, photo, {kPin2Fid}});

    // Contactless ISO/IEC 14443-B card: historical bytes from ATQB application data and protocol info.
    auto card = std::make_unique<VirtualCard>(SimFiles::contactlessAtr(QByteArray::fromHex("0000000000B381A1")),
                                              std::move(mf), options);
    card->addApplication(std::move(df1));
    card->addApplication(std::move(df2));
    // §A1: DF3 reserved; its AID holds 48, not 31.
    card->addApplication(DedicatedFile(SimFiles::aid16(QByteArray::fromHex("A00000024803"))));
    return card;
}

} // namespace madoguchi
