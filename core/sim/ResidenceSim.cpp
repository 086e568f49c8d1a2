#include "core/sim/ResidenceSim.h"

#include "core/crypto/Ecdsa.h"
#include "core/crypto/Rsa.h"
#include "core/image/BilevelTiff.h"
#include "core/sim/MyNumberSim.h"
#include "core/sim/PersonaImages.h"
#include "core/sim/ResidenceCardProfile.h"
#include "core/sim/SimFiles.h"
#include "core/sim/SimTestPki.h"
#include "core/sim/SpecifiedResidenceProfile.h"
#include "core/text/Iconv.h"

namespace madoguchi {
namespace {

// §B1 file sizes (first generation).
constexpr qsizetype kFrontImageBytes = 7000;  // D0 82 1B 58
constexpr qsizetype kFaceBytes = 3000;        // D1 82 0B B8
constexpr qsizetype kAddressBytes = 320;      // D4 82 01 40
constexpr qsizetype kPermissionBytes = 120;   // D5 78, D6 78
constexpr qsizetype kSignatureFileSize = 1464;
constexpr qsizetype kCertificateBytes = 1200;  // DB 82 04 B0
// §B4 sizes (second generation).
constexpr qsizetype kNameImageBytes = 2500;  // D0 82 09 C4
constexpr qsizetype kAddressImageBytes = 2500;  // DF D1 82 09 C4
constexpr qsizetype kEntriesValueBytes = 53;    // signed entries; type 06 NUL-padded to this
constexpr qsizetype kCertificate2Bytes = 598;   // DD 82 02 56
constexpr qsizetype kSignature2FileSize = 704;

const QByteArray kDf1 = SimFiles::aid16(QByteArray::fromHex("D392F0004F02"));  // §B1
const QByteArray kDf2 = SimFiles::aid16(QByteArray::fromHex("D392F0004F03"));
const QByteArray kDf3 = SimFiles::aid16(QByteArray::fromHex("D392F0004F04"));
const QByteArray kResidenceAp = SimFiles::aid16(QByteArray::fromHex("D392F0004F01"));  // §B5

QByteArray digits(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();  // §B1 D2, §B4 C5…: YYYYMMDD
}

// A bilevel G4 TIFF of text lines, at the largest width whose file fits `maxBytes`.
QByteArray textTiff(const QString& text, int width, int pixelSize, qsizetype maxBytes)
{
    QByteArray tiff;
    for (; width >= 160; width = width * 4 / 5) {
        tiff = BilevelTiff::encode(PersonaImages::textImage(text, width, pixelSize));
        if (tiff.size() <= maxBytes)
            break;
        pixelSize = std::max(10, pixelSize * 4 / 5);
    }
    return tiff;
}

// §B1 D4 [U]: the sim writes Shift_JIS-2004, one of the encodings the reader tries.
QByteArray legacyText(const QString& text, qsizetype size)
{
    const auto encoded = Iconv("SHIFT_JISX0213", "UTF-8").convert(text.toUtf8());
    return SimFiles::padded(encoded.value_or(QByteArray()).left(size), size, '\0');
}

QByteArray face(const Persona& persona, bool withPhoto)
{
    if (!withPhoto)
        return {};
    return SimFiles::padded(PersonaImages::faceJpeg2000(persona, kFaceBytes, Jpeg2000::Container::Jp2), kFaceBytes, '\0');
}

void flip(QByteArray& bytes, qsizetype at)
{
    if (at < bytes.size())
        bytes[at] = char(bytes[at] ^ 0x10);
}

struct Built
{
    DedicatedFile df1{kDf1};
    DedicatedFile df2{kDf2};
    DedicatedFile df3{kDf3};
};

Built buildFirstGeneration(const Persona& persona, const QJsonObject& doc, bool special, const SimCardOptions& options)
{
    const auto string = [&doc](const char* key) { return doc.value(QLatin1String(key)).toString(); };
    const auto date = [&](const char* key) { return QDate::fromString(string(key), Qt::ISODate); };
    const bool withPhoto = doc.value(QLatin1String("photo")).toBool(true);
    Built built;

    // DF1: the card's front as one image (§B1: name, nationality, status … are on it, not as text).
    QStringList front{persona.nameLatin().isEmpty() ? persona.nameKanji() : persona.nameLatin(),
                      QStringLiteral("%1  %2  %3").arg(persona.birthDate().toString(Qt::ISODate),
                                                      persona.sex() == Persona::Sex::Female ? QStringLiteral("F") : QStringLiteral("M"),
                                                      persona.nationality()),
                      persona.address()};
    if (!special)
        front << string("status") << QStringLiteral("%1 (%2)").arg(string("periodOfStay"), string("residencePeriodExpiry"))
              << string("workRestriction");
    front << QStringLiteral("%1  %2").arg(string("cardNumber"), string("expiryDate"));
    QByteArray frontImage = SimFiles::padded(textTiff(front.join(QLatin1Char('\n')), 640, 22, kFrontImageBytes), kFrontImageBytes, '\0');
    QByteArray photo = face(persona, withPhoto);
    // §B3: RSA-2048 PKCS#1 v1.5 SHA-256 over D0 ‖ D1, each 00-padded to its full size.
    const QByteArray signedData = frontImage + SimFiles::padded(photo, kFaceBytes, '\0');
    const SimTestPki& pki = SimTestPki::instance();
    const QByteArray signature = withPhoto ? Rsa::signSha256(pki.residenceCard.get(), signedData) : QByteArray();
    const QByteArray certificate = withPhoto ? SimFiles::padded(pki.residenceCardDer, kCertificateBytes, '\0') : QByteArray();
    if (options.fault == SimCardOptions::Fault::TamperedText)
        flip(frontImage, 200);
    if (options.fault == SimCardOptions::Fault::TamperedPhoto)
        flip(photo, 1500);

    built.df1.addFile({0x0001, 0x05, SimFiles::tlv(0xD0, frontImage), {}})
        .addFile({0x0002, 0x06, SimFiles::padded(SimFiles::tlv(0xD1, photo), 4 + kFaceBytes, '\0'), {}});
    // DF2/EF01: D2 write date, D3 municipality code, D4 address (§B1).
    built.df2.addFile({0x0001, 0x01,
                       SimFiles::tlv(0xD2, digits(date("addressDate"))) + SimFiles::tlv(0xD3, string("municipalityCode").toLatin1())
                           + SimFiles::tlv(0xD4, legacyText(persona.address(), kAddressBytes)),
                       {}});
    if (!special) {  // §B1: EF02–EF04 on type 1 only
        built.df2.addFile({0x0002, 0x02, SimFiles::tlv(0xD5, legacyText(string("comprehensivePermission"), kPermissionBytes)), {}})
            .addFile({0x0003, 0x03, SimFiles::tlv(0xD6, legacyText(string("individualPermission"), kPermissionBytes)), {}})
            .addFile({0x0004, 0x04, SimFiles::tlv(0xD7, doc.value(QLatin1String("renewalPending")).toBool() ? "1" : "0"), {}});
    }
    built.df3.addFile({0x0001, 0x02, SimFiles::padded(SimFiles::tlv(0xDA, signature) + SimFiles::tlv(0xDB, certificate), kSignatureFileSize, '\0'), {}});
    return built;
}

Built buildSecondGeneration(const Persona& persona, const QJsonObject& doc, bool special, const SimCardOptions& options)
{
    const auto string = [&doc](const char* key) { return doc.value(QLatin1String(key)).toString(); };
    const auto date = [&](const char* key) { return digits(QDate::fromString(string(key), Qt::ISODate)); };
    Built built;
    const QByteArray sex = persona.sex() == Persona::Sex::Male ? "1" : persona.sex() == Persona::Sex::Female ? "2" : "3";  // §B4 C7

    // §B4 DF1/EF02 in the order of the spec's list; CA, CB, CC, CD on type 05 only.
    QList<std::pair<quint8, QByteArray>> entries{{0xC5, date("expiryDate")},
                                                 {0xC6, digits(persona.birthDate())},
                                                 {0xC7, sex},
                                                 {0xC8, persona.nationality().toLatin1()},
                                                 {0xC9, string("statusCode").toLatin1()},
                                                 {0xCE, string("periodOfStay").toLatin1()}};
    if (!special)
        entries += {{0xCA, string("permissionType").toLatin1()},
                    {0xCB, date("permissionDate")},
                    {0xCC, string("workRestriction").toLatin1()},
                    {0xCD, date("residencePeriodExpiry")}};
    QByteArray entriesFile;
    QByteArray entryValues;
    for (const auto& [tag, value] : std::as_const(entries)) {
        entriesFile += SimFiles::tlv(tag, value);
        entryValues += value;
    }

    QByteArray nameImage = SimFiles::padded(textTiff(persona.nameLatin().isEmpty() ? persona.nameKanji() : persona.nameLatin(), 400, 24,
                                                     kNameImageBytes),
                                            kNameImageBytes, '\0');
    const QByteArray addressImage = SimFiles::padded(textTiff(persona.address(), 480, 20, kAddressImageBytes), kAddressImageBytes, '\0');
    QByteArray photo = face(persona, true);

    // §B4: ECDSA P-384 SHA-256 over the entry values (NUL-padded to 53) ‖ D1 ‖ D0, r ‖ s.
    const QByteArray signedData = SimFiles::padded(entryValues, kEntriesValueBytes, '\0') + photo + nameImage;
    const SimTestPki& pki = SimTestPki::instance();
    const QByteArray signature = Ecdsa::signSha256Raw(pki.residenceCard2.get(), signedData);
    if (options.fault == SimCardOptions::Fault::TamperedText) {
        // The card expiry (C5 value, 2 header bytes in) moved on by a year after signing.
        entriesFile[5] = char(entriesFile[5] == '9' ? '0' : entriesFile[5] + 1);
    }
    if (options.fault == SimCardOptions::Fault::TamperedPhoto)
        flip(photo, 1500);

    built.df1.addFile({0x0001, 0x01, SimFiles::tlv(0xC2, string("cardNumber").toLatin1()), {}})
        .addFile({0x0002, 0x03, entriesFile, {}})
        .addFile({0x0003, 0x04, SimFiles::tlv(0xD0, nameImage) + SimFiles::tlv(0xD1, photo), {}})
        .addFile({0x0004, 0x06, SimFiles::tlv(0xDFD1, addressImage), {}});
    if (!special) {  // §B4: D5–D8 on residence cards only
        built.df2.addFile({0x0001, 0x01,
                           SimFiles::padded(SimFiles::tlv(0xD5, string("comprehensivePermission").toLatin1())
                                                + SimFiles::tlv(0xD6, date("comprehensivePermissionExpiry"))
                                                + SimFiles::tlv(0xD7, string("individualPermission").toLatin1()),
                                            22, '\0'),
                           {}})
            .addFile({0x0002, 0x02, SimFiles::tlv(0xD8, doc.value(QLatin1String("renewalPending")).toBool() ? "1" : "0"), {}});
    }
    built.df2.addFile({0x0003, 0x03, SimFiles::padded(SimFiles::tlv(0xD9, "0"), 207, '\0'), {}});
    built.df3.addFile({0x0001, 0x02,
                       SimFiles::padded(SimFiles::tlv(0xDC, signature)
                                            + SimFiles::tlv(0xDD, SimFiles::padded(pki.residenceCard2Der, kCertificate2Bytes, '\0')),
                                        kSignature2FileSize, '\0'),
                       {}});
    return built;
}

} // namespace

bool ResidenceSim::onMyNumberCard(const Persona& persona)
{
    const QString type = persona.document(QStringLiteral("residence")).value(QLatin1String("cardType")).toString();
    return type == QLatin1String("07") || type == QLatin1String("08");
}

std::unique_ptr<CardProfile> ResidenceSim::addToMyNumberCard(VirtualCard& card, const Persona& persona, const SimCardOptions& options,
                                                            std::unique_ptr<CardProfile> platform)
{
    const QJsonObject doc = persona.document(QStringLiteral("residence"));
    const QByteArray type = doc.value(QLatin1String("cardType")).toString().toLatin1();
    // residence-card-0708.md §2: C0 spec version and C1 card type directly under the AP ("AP直下のEF").
    DedicatedFile ap(kResidenceAp);
    ap.addFile({0x0001, 0x0B, SimFiles::tlv(0xC0, QByteArrayLiteral("0002")), {}}).addFile({0x0002, 0x0A, SimFiles::tlv(0xC1, type), {}});
    card.addApplication(std::move(ap));
    // §3: DF1–DF3 with the 05/06 files; 08 like 06 (its signed entries padded to 53 bytes, §7 [U]).
    Built built = buildSecondGeneration(persona, doc, type == "08", options);
    card.addApplication(std::move(built.df1));
    card.addApplication(std::move(built.df2));
    card.addApplication(std::move(built.df3));
    SpecifiedResidenceProfile::Options session;
    session.apAid = kResidenceAp;
    session.dfAids = {kDf1, kDf2, kDf3};
    session.cardNumber = doc.value(QLatin1String("cardNumber")).toString().toLatin1();
    session.deliveryKey = SimTestPki::instance().residenceDelivery;
    session.threeByteLeObject = options.fault == SimCardOptions::Fault::ResidenceLeObject3;
    session.refuseSession = options.fault == SimCardOptions::Fault::ResidenceSessionRefused;
    return std::make_unique<SpecifiedResidenceProfile>(std::move(platform), std::move(session));
}

std::unique_ptr<VirtualCard> ResidenceSim::build(const Persona& persona, const SimCardOptions& simOptions)
{
    if (onMyNumberCard(persona))
        return MyNumberSim::build(persona, simOptions);
    const QJsonObject doc = persona.document(QStringLiteral("residence"));
    const QByteArray type = doc.value(QLatin1String("cardType")).toString(QStringLiteral("1")).toLatin1();
    const bool secondGeneration = type.size() == 2;
    const bool special = type == "2" || type == "06" || type == "08";

    VirtualCard::Options options;
    options.extendedLength = simOptions.extendedLength;
    options.quirks = simOptions.quirks;
    // The verified card number holds for the whole card, across DF selections (§B2 step 7).
    options.dfSelectClearsVerification = false;
    DedicatedFile mf;
    // §B1: MF/EF01 C0 spec version (4 ASCII), MF/EF02 C1 card type; §B4: two-digit types.
    mf.addFile({0x0001, 0x0B, SimFiles::tlv(0xC0, secondGeneration ? QByteArrayLiteral("0002") : QByteArrayLiteral("0105")), {}})
        .addFile({0x0002, 0x0A, SimFiles::tlv(0xC1, type), {}});
    auto card = std::make_unique<VirtualCard>(SimFiles::contactlessAtr(QByteArray::fromHex("0000000000B381D1")), std::move(mf), options);
    Built built = secondGeneration ? buildSecondGeneration(persona, doc, special, simOptions) : buildFirstGeneration(persona, doc, special, simOptions);
    card->addApplication(std::move(built.df1));
    card->addApplication(std::move(built.df2));
    card->addApplication(std::move(built.df3));
    card->setProfile(std::make_unique<ResidenceCardProfile>(secondGeneration ? ResidenceCardProfile::Generation::Second
                                                                             : ResidenceCardProfile::Generation::First,
                                                            doc.value(QLatin1String("cardNumber")).toString().toLatin1(), kDf1));
    return card;
}

} // namespace madoguchi
