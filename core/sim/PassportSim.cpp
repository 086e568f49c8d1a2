#include "core/sim/PassportSim.h"

#include "core/crypto/Digest.h"
#include "core/crypto/EcCurve.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/image/Jpeg2000.h"
#include "core/sim/PassportChip.h"
#include "core/sim/PassportMrz.h"
#include "core/sim/PersonaImages.h"
#include "core/sim/SimFiles.h"
#include "core/sim/SimTestPki.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/cms.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace madoguchi {
namespace {

using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;

const QByteArray kApplication = QByteArray::fromHex("A0000002471001");  // passport.md §4
// passport.md §3–§5 OIDs (DER content bytes).
const QByteArray kPacePrefix = QByteArray::fromHex("04007F0007020204");
const QByteArray kCaEcdhAes128 = QByteArray::fromHex("04007F00070202030202");  // id-CA-ECDH-AES-CBC-CMAC-128
const QByteArray kPkEcdh = QByteArray::fromHex("04007F000702020102");          // id-PK-ECDH
const QByteArray kActiveAuthenticationInfo = QByteArray::fromHex("678108010105");
const QByteArray kEcdsaPlainSha256 = QByteArray::fromHex("04007F00070101040103");
const QByteArray kLdsSecurityObject = QByteArray::fromHex("678108010101");
constexpr qsizetype kFaceBytes = 20000;
// passport.md §4: the tag each DGn file starts with, DG1 … DG16.
constexpr quint8 kDataGroupTags[] = {0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};  // the issue: a DG2 of about 20 KB

// DG2 (passport.md §4): CBEFF around an ISO/IEC 19794-5 facial record with one JPEG 2000 image.
QByteArray dg2(const Persona& persona, Persona::Sex sex)
{
    const QSize size(360, 480);
    // A printed-and-scanned photo has grain: without it the drawn face compresses far below the
    // size of a real DG2 and the link figures would flatter the reader.
    QImage photo = PersonaImages::face(persona, size).convertToFormat(QImage::Format_RGB32);
    QRandomGenerator grain(quint32(qHash(persona.id())));
    for (int y = 0; y < photo.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            const int n = int(grain.bounded(13)) - 6;
            line[x] = qRgb(std::clamp(qRed(line[x]) + n, 0, 255), std::clamp(qGreen(line[x]) + n, 0, 255), std::clamp(qBlue(line[x]) + n, 0, 255));
        }
    }
    const QByteArray image = PersonaImages::jpeg2000Within(photo, kFaceBytes, Jpeg2000::Container::Jp2);
    const auto be = [](quint32 value, int bytes) {
        QByteArray out;
        for (int i = bytes - 1; i >= 0; --i)
            out.append(char((value >> (8 * i)) & 0xFF));
        return out;
    };
    QByteArray information = be(quint32(20 + 12 + image.size()), 4) + be(0, 2)  // length, feature points
                             + char(sex == Persona::Sex::Male ? 1 : sex == Persona::Sex::Female ? 2 : 0) + QByteArray(13, '\0');  // eyes … pose uncertainty
    QByteArray imageInformation = QByteArray(1, 0x01)  // full frontal
                                  + QByteArray(1, 0x01)  // JPEG 2000
                                  + be(quint32(size.width()), 2) + be(quint32(size.height()), 2) + QByteArray(1, 0x01) + QByteArray(1, 0x02)
                                  + QByteArray(4, '\0');
    const QByteArray record = information + imageInformation + image;
    const QByteArray bdb = QByteArray("FAC\0" "010\0", 8) + be(quint32(14 + record.size()), 4) + be(1, 2) + record;
    const QByteArray header = SimFiles::tlv(0xA1, SimFiles::tlv(0x80, QByteArray::fromHex("0101")) + SimFiles::tlv(0x81, QByteArray::fromHex("02"))
                                                      + SimFiles::tlv(0x87, QByteArray::fromHex("0101")) + SimFiles::tlv(0x88, QByteArray::fromHex("0008")));
    return SimFiles::tlv(0x75, SimFiles::tlv(0x7F61, SimFiles::tlv(0x02, QByteArray(1, 0x01)) + SimFiles::tlv(0x7F60, header + SimFiles::tlv(0x5F2E, bdb))));
}

QByteArray publicKeyInfo(EVP_PKEY* key)
{
    unsigned char* bytes = nullptr;
    const int size = i2d_PUBKEY(key, &bytes);
    QByteArray out(reinterpret_cast<const char*>(bytes), std::max(size, 0));
    OPENSSL_free(bytes);
    return out;
}

QByteArray sequence(const QByteArray& content)
{
    return SimFiles::tlv(0x30, content);
}

QByteArray oid(const QByteArray& content)
{
    return SimFiles::tlv(0x06, content);
}

QByteArray integer(int value)
{
    return SimFiles::tlv(0x02, QByteArray(1, char(value)));
}

// EF.SOD (passport.md §5): 77 { SignedData { LDSSecurityObject } } with the signer's certificate and
// a signing time.
QByteArray sod(const QMap<int, QByteArray>& groups, const EVP_MD* digest, EVP_PKEY* key, const QByteArray& certificateDer, const QDateTime& signingTime)
{
    QByteArray hashes;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        hashes += sequence(integer(it.key()) + SimFiles::tlv(0x04, Digest::of(digest, it.value())));
    const ASN1_OBJECT* algorithm = OBJ_nid2obj(EVP_MD_get_type(digest));
    const QByteArray algorithmOid(reinterpret_cast<const char*>(OBJ_get0_data(algorithm)), qsizetype(OBJ_length(algorithm)));
    const QByteArray content = sequence(integer(0) + sequence(oid(algorithmOid)) + sequence(hashes));

    const auto* certBytes = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    X509Ptr certificate(d2i_X509(nullptr, &certBytes, long(certificateDer.size())));
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_PARTIAL | CMS_BINARY));
    ASN1_OBJECT* type = OBJ_txt2obj("2.23.136.1.1.1", 1);
    if (!certificate || !cms || !type || CMS_set1_eContentType(cms.get(), type) != 1) {
        ASN1_OBJECT_free(type);
        return {};
    }
    ASN1_OBJECT_free(type);
    CMS_SignerInfo* signer = CMS_add1_signer(cms.get(), certificate.get(), key, digest, CMS_BINARY | CMS_NOSMIMECAP | CMS_PARTIAL);
    ASN1_TIME* time = ASN1_TIME_set(nullptr, time_t(signingTime.toSecsSinceEpoch()));
    const bool timed = signer && time && CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_signingTime, time->type, time, -1) == 1;
    ASN1_TIME_free(time);
    BioPtr data(BIO_new_mem_buf(content.constData(), int(content.size())));
    if (!timed || CMS_final(cms.get(), data.get(), nullptr, CMS_BINARY) != 1)
        return {};
    unsigned char* der = nullptr;
    const int size = i2d_CMS_ContentInfo(cms.get(), &der);
    QByteArray out(reinterpret_cast<const char*>(der), std::max(size, 0));
    OPENSSL_free(der);
    return SimFiles::tlv(0x77, out);
}

IcaoKdf::Cipher cipherNamed(const QString& name)
{
    if (name == QLatin1String("3DES"))
        return IcaoKdf::Cipher::TripleDes;
    if (name == QLatin1String("AES-192"))
        return IcaoKdf::Cipher::Aes192;
    if (name == QLatin1String("AES-256"))
        return IcaoKdf::Cipher::Aes256;
    return IcaoKdf::Cipher::Aes128;
}

char cipherDigit(IcaoKdf::Cipher cipher)
{
    switch (cipher) {
    case IcaoKdf::Cipher::TripleDes: return 1;
    case IcaoKdf::Cipher::Aes128: return 2;
    case IcaoKdf::Cipher::Aes192: return 3;
    case IcaoKdf::Cipher::Aes256: return 4;
    }
    return 2;
}

std::shared_ptr<EVP_PKEY> freshKeyLike(EVP_PKEY* key)
{
    const auto curve = EcCurve::ofKey(key);
    char name[64] = {};
    size_t length = 0;
    if (!curve || EVP_PKEY_get_utf8_string_param(key, "group", name, sizeof name, &length) != 1)
        return {};
    return std::shared_ptr<EVP_PKEY>(EVP_EC_gen(name), EVP_PKEY_free);
}

} // namespace

std::unique_ptr<VirtualCard> PassportSim::build(const Persona& persona, const SimCardOptions& simOptions)
{
    const QJsonObject doc = persona.document(QStringLiteral("passport"));
    const SimTestPki& pki = SimTestPki::instance();
    using Fault = SimCardOptions::Fault;
    PassportChip::Config chip;
    chip.applicationAid = kApplication;
    chip.can = doc.value(QLatin1String("can")).toString().toLatin1();
    chip.bac = simOptions.fault != Fault::PaceOnly;
    const bool pace = doc.value(QLatin1String("access")).toString() == QLatin1String("pace") || simOptions.fault == Fault::PaceOnly;
    const bool offeredMapping = doc.value(QLatin1String("access")).toString() == QLatin1String("pace");

    const QString aa = doc.value(QLatin1String("activeAuthentication")).toString(QStringLiteral("none"));
    const bool ca = doc.value(QLatin1String("chipAuthentication")).toBool();
    if (aa == QLatin1String("rsa"))
        chip.activeAuthenticationKey = pki.passportAaRsa;
    else if (aa == QLatin1String("ecdsa"))
        chip.activeAuthenticationKey = pki.passportAaEc;
    if (ca)
        chip.chipAuthenticationKey = pki.passportChipCa;

    QMap<int, QByteArray> groups;
    QByteArray information;
    groups.insert(1, SimFiles::tlv(0x61, SimFiles::tlv(0x5F1F, PassportMrz::td3(persona, &information))));
    chip.mrzInformation = information;
    groups.insert(2, dg2(persona, persona.sex()));
    const QString latin = persona.nameLatin().toUpper();
    const qsizetype space = latin.indexOf(QLatin1Char(' '));
    QByteArray details = SimFiles::tlv(0x5F0E, (space < 0 ? latin : latin.left(space) + QStringLiteral("<<") + latin.mid(space + 1)).toUtf8())
                         + SimFiles::tlv(0x5F2B, persona.birthDate().toString(QStringLiteral("yyyyMMdd")).toLatin1());
    QByteArray detailTags = QByteArray::fromHex("5F0E5F2B");
    if (doc.contains(QLatin1String("placeOfBirth"))) {
        details += SimFiles::tlv(0x5F11, doc.value(QLatin1String("placeOfBirth")).toString().toUtf8());
        detailTags += QByteArray::fromHex("5F11");
    }
    if (doc.contains(QLatin1String("address"))) {
        details += SimFiles::tlv(0x5F42, doc.value(QLatin1String("address")).toString().toUtf8());
        detailTags += QByteArray::fromHex("5F42");
    }
    groups.insert(11, SimFiles::tlv(0x6B, SimFiles::tlv(0x5C, detailTags) + details));
    const QDate issued = QDate::fromString(doc.value(QLatin1String("issueDate")).toString(), Qt::ISODate);
    groups.insert(12, SimFiles::tlv(0x6C, SimFiles::tlv(0x5C, QByteArray::fromHex("5F195F26"))
                                              + SimFiles::tlv(0x5F19, doc.value(QLatin1String("authority")).toString(QStringLiteral("MINISTRY OF FOREIGN AFFAIRS")).toUtf8())
                                              + SimFiles::tlv(0x5F26, issued.toString(QStringLiteral("yyyyMMdd")).toLatin1())));
    QByteArray securityInfos;
    if (ca)
        securityInfos += sequence(oid(kCaEcdhAes128) + integer(1)) + sequence(oid(kPkEcdh) + publicKeyInfo(chip.chipAuthenticationKey.get()));
    if (aa == QLatin1String("ecdsa"))
        securityInfos += sequence(oid(kActiveAuthenticationInfo) + integer(1) + oid(kEcdsaPlainSha256));
    if (!securityInfos.isEmpty())
        groups.insert(14, SimFiles::tlv(0x6E, SimFiles::tlv(0x31, securityInfos)));
    if (chip.activeAuthenticationKey)
        groups.insert(15, SimFiles::tlv(0x6F, publicKeyInfo(chip.activeAuthenticationKey.get())));

    const bool sha1 = doc.value(QLatin1String("hash")).toString() == QLatin1String("sha1");
    std::shared_ptr<EVP_PKEY> signer = sha1 ? pki.passportDsSha1 : pki.passportDs;
    QByteArray signerDer = sha1 ? pki.passportDsSha1Der : pki.passportDsDer;
    if (simOptions.fault == Fault::UntrustedSigner) {
        signer = pki.passportDsRogue;
        signerDer = pki.passportDsRogueDer;
    }
    const QByteArray securityObject = sod(groups, sha1 ? EVP_sha1() : EVP_sha256(), signer.get(), signerDer, QDateTime(issued, QTime(9, 0), Qt::UTC));

    // Faults after signing: the data differ from what the signer hashed.
    if (simOptions.fault == Fault::TamperedText) {
        QByteArray& dg1 = groups[1];
        dg1[10] = dg1[10] == 'X' ? 'Y' : 'X';  // a letter of the name in line 1
    } else if (simOptions.fault == Fault::TamperedPhoto) {
        QByteArray& face = groups[2];
        face[face.size() - 100] = char(face[face.size() - 100] ^ 0x5A);
    } else if (simOptions.fault == Fault::Cloned) {
        // A copy of the files on another chip: its own keys, not the ones DG14 / DG15 name.
        if (chip.activeAuthenticationKey)
            chip.activeAuthenticationKey = EVP_PKEY_get_base_id(chip.activeAuthenticationKey.get()) == EVP_PKEY_RSA ? pki.passportAaClone
                                                                                                                  : freshKeyLike(chip.activeAuthenticationKey.get());
        if (chip.chipAuthenticationKey)
            chip.chipAuthenticationKey = freshKeyLike(chip.chipAuthenticationKey.get());
    }

    QByteArray tags;
    for (int group : groups.keys())
        tags.append(char(kDataGroupTags[group - 1]));
    DedicatedFile application(kApplication);
    // EF.COM: LDS 1.7, Unicode 4.0.0 (passport.md §4).
    application.addFile({0x011E, 0x1E, SimFiles::tlv(0x60, SimFiles::tlv(0x5F01, "0107") + SimFiles::tlv(0x5F36, "040000") + SimFiles::tlv(0x5C, tags)), {}});
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        application.addFile({quint16(0x0100 + it.key()), quint8(it.key()), it.value(), {}});
    application.addFile({0x011D, 0x1D, securityObject, {}});

    DedicatedFile mf;
    if (pace) {
        chip.paceParameterId = doc.value(QLatin1String("paceParameterId")).toInt(13);
        chip.paceCipher = cipherNamed(doc.value(QLatin1String("paceCipher")).toString());
        // ECDH generic mapping (2), or — for a PACE-only chip without one — integrated mapping (4).
        chip.paceProtocol = kPacePrefix + char(offeredMapping ? 2 : 4) + cipherDigit(chip.paceCipher);
        const QByteArray cardAccess = SimFiles::tlv(0x31, sequence(oid(chip.paceProtocol) + integer(2) + integer(chip.paceParameterId)));
        mf.addFile({0x011C, 0x1C, cardAccess, {}});
    }

    VirtualCard::Options options;
    options.extendedLength = simOptions.extendedLength;
    options.quirks = simOptions.quirks;
    auto card = std::make_unique<VirtualCard>(SimFiles::contactlessAtr(QByteArray::fromHex("0000000000B381D1")), std::move(mf), options);
    card->addApplication(std::move(application));
    card->setProfile(std::make_unique<PassportChip>(std::move(chip)));
    return card;
}

} // namespace madoguchi
