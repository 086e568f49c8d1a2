#include "core/cards/mynumber/MyNumberReader.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/base/Logging.h"
#include "core/cards/RecordField.h"
#include "core/cards/SelectByName.h"
#include "core/cards/mynumber/CardVerifiableCertificate.h"
#include "core/cards/mynumber/IntegrityRecord.h"
#include "core/cards/mynumber/MyNumberCard.h"
#include "core/cards/mynumber/RsaKeyObjects.h"
#include "core/cards/mynumber/SurfaceFace.h"
#include "core/cards/mynumber/TextApFiles.h"
#include "core/crypto/Random.h"
#include "core/crypto/Rsa.h"
#include "core/crypto/X509Chain.h"
#include "core/image/Jpeg2000.h"
#include "core/reader/FileReader.h"

namespace madoguchi {
namespace {

using Route = MyNumberReader::Request::Route;
using R = Verification::Result;

using namespace MyNumberCard;

const QString kFamily = QStringLiteral("mynumber-ap");
const QString kJpkiFamily = QStringLiteral("jpki");

// Check names (text-signature, text-certificate, surface-signature, surface-certificate,
// card-liveness, jpki-chain, jpki-revocation, card-expiry).
const QString kTextSignature = QStringLiteral("text-signature");
const QString kTextCertificate = QStringLiteral("text-certificate");
const QString kSurfaceSignature = QStringLiteral("surface-signature");
const QString kSurfaceCertificate = QStringLiteral("surface-certificate");
const QString kLiveness = QStringLiteral("card-liveness");
const QString kJpkiChain = QStringLiteral("jpki-chain");
const QString kJpkiRevocation = QStringLiteral("jpki-revocation");
const QString kExpiry = QStringLiteral("card-expiry");

} // namespace

QString MyNumberReader::routeName(Request::Route route)
{
    switch (route) {
    case Route::None: return {};
    case Route::Pin: return QStringLiteral("pin");
    case Route::CollationA: return QStringLiteral("collation-a");
    case Route::CollationB: return QStringLiteral("collation-b");
    }
    return {};
}

Result<QByteArray, ReaderError> MyNumberReader::readEf(quint8 sfi, bool wholeFile)
{
    return FileReader(m_transport).read(FileRef::sfi(sfi), wholeFile ? FileReader::Options::wholeFile() : FileReader::Options{});
}

void MyNumberReader::stage(const char* name) const
{
    if (m_progress)
        m_progress(QLatin1String(name));
}

void MyNumberReader::notChecked(CardReadOutcome& out, const QStringList& names, const QString& why)
{
    for (const QString& name : names)
        out.verification.add(name, R::NotChecked, why);
}

void MyNumberReader::checkCertificate(CardReadOutcome& out, const QString& name, const CardVerifiableCertificate& cvc)
{
    const QString issuer = CardVerifiableCertificate::keyIdText(cvc.issuerKeyId());
    const TrustAnchor* anchor = m_trust.byKeyId(kFamily, cvc.issuerKeyId());
    if (!anchor) {
        //: %1: the issuer key identifier (CHR of the card-verifiable certificate).
        out.verification.add(name, R::NotChecked, tr("issuer key %1 is not in the trust store").arg(issuer));
        return;
    }
    out.verification.addAnchor(anchor->label(), anchor->production);
    if (cvc.verifyWith(anchor->key.get()))
        //: Check detail: %1 the trust anchor (issuer key) that verified it.
        out.verification.add(name, R::Pass, tr("certificate signed by %1").arg(anchor->label()));
    else
        //: Check detail: %1 the trust anchor (issuer key).
        out.verification.add(name, R::Fail, tr("certificate signature does not verify with %1").arg(anchor->label()));
}

Result<bool, ReaderError> MyNumberReader::checkJpki(CardReadOutcome& out, const QDateTime& now)
{
    if (auto selected = SelectByName::require(m_transport, kJpkiAid); !selected)
        return selected.error();
    // mynumber.md §5: 000A authentication certificate, 000B its CA certificate, both free.
    auto cert = readEf(0x0A);
    if (!cert) {
        if (cert.error().kind() != ReaderError::Kind::CardRefused)
            return cert.error();
        out.verification.add(kJpkiChain, R::NotChecked, tr("the card holds no authentication certificate"));
        return true;
    }
    auto ca = readEf(0x0B);
    if (!ca && ca.error().kind() != ReaderError::Kind::CardRefused)
        return ca.error();
    const X509Chain::Outcome chain = X509Chain::verify(*cert, ca ? QList<QByteArray>{*ca} : QList<QByteArray>{},
                                                       m_trust.certificates(kJpkiFamily), now);
    //: JPKI certificate validity: %1 first day, %2 last day (ISO 8601).
    const QString dates = tr("valid %1 to %2").arg(chain.notBefore.date().toString(Qt::ISODate), chain.notAfter.date().toString(Qt::ISODate));
    if (chain.notAfter.isValid()) {
        out.record.fields.insert(RecordField::kJpkiAuthNotBefore, chain.notBefore.date().toString(Qt::ISODate));
        out.record.fields.insert(RecordField::kJpkiAuthNotAfter, chain.notAfter.date().toString(Qt::ISODate));
    }
    if (chain.valid) {
        out.verification.addAnchor(chain.anchor->label(), chain.anchor->production);
        //: %1: the certificate validity; %2: the root (trust anchor) it chains to.
        out.verification.add(kJpkiChain, R::Pass, tr("authentication certificate %1, chains to %2").arg(dates, chain.anchor->label()));
    } else if (chain.issuerMissing) {
        //: %1: the certificate validity; %2: the issuer (DN) whose certificate is not installed.
        out.verification.add(kJpkiChain, R::NotChecked, tr("authentication certificate (%1): its issuer %2 is not installed in the JPKI trust store")
                                                            .arg(dates, chain.missingIssuer));
    } else {
        //: %1: the certificate validity; %2: why the chain failed.
        out.verification.add(kJpkiChain, R::Fail, tr("authentication certificate (%1): %2").arg(dates, chain.error));
    }
    // Whether J-LIS revoked the certificate (a lost card) is known only from its OCSP/CRL service,
    // which serves verifiers approved by the minister (主務大臣認定) or through a platform
    // operator: not an offline terminal.
    //: JPKI: revocation is not checked offline, and who may check it.
    out.verification.add(kJpkiRevocation, R::NotChecked,
                         tr("whether J-LIS revoked the authentication certificate (a card reported lost) is known only from J-LIS's "
                            "revocation service, open to verifiers approved by the minister or through a platform operator; this "
                            "terminal is neither and works offline"),
                         Verification::Aspect::Revocation);
    return true;
}

Result<bool, ReaderError> MyNumberReader::checkLiveness(CardReadOutcome& out, EVP_PKEY* chipKey)
{
    // mynumber.md §3.5: 80 2A 00 00 Lc DigestInfo(SHA-256(challenge)) 00, no credential needed;
    // a fresh challenge each time, so that recorded answers cannot be replayed.
    stage("liveness");
    const QByteArray challenge = Random::bytes(32);
    auto response = m_transport.transmit(CommandApdu(0x80, 0x2A, 0x00, 0x00, Rsa::sha256DigestInfo(Rsa::sha256(challenge)), 256));
    if (!response)
        return response.error();
    if (!response->isSuccess()) {
        out.verification.add(kLiveness, R::Fail, tr("the chip refused to sign a challenge (%1)").arg(response->sw().toHex()));
        return true;
    }
    if (Rsa::verifySha256(chipKey, challenge, response->data()))
        out.verification.add(kLiveness, R::Pass, tr("the chip signed a fresh challenge with the key in its signed data"));
    else
        out.verification.add(kLiveness, R::Fail,
                             tr("the chip's answer does not match the key in its signed data: the files may have been copied to another chip"));
    return true;
}

Result<CardVerifiableCertificate, ReaderError> MyNumberReader::openApplication(CardReadOutcome& out, const QByteArray& aid,
                                                                             const QString& checkName)
{
    if (auto selected = SelectByName::require(m_transport, aid); !selected)
        return selected.error();
    // §3.5, §4.1: the AP's certificate is EF 0004, free to read.
    auto file = readEf(0x04);
    if (!file)
        return file.error();
    auto cvc = CardVerifiableCertificate::parse(*file);
    if (!cvc)
        return ReaderError(ReaderError::Kind::Malformed, cvc.error());
    checkCertificate(out, checkName, *cvc);
    return *cvc;
}

Result<bool, ReaderError> MyNumberReader::readSurface(CardReadOutcome& out, quint8 keyP2, const SecureBytes& secret, const QDateTime& now)
{
    auto cvc = openApplication(out, kSurfaceAid, kSurfaceCertificate);
    if (!cvc)
        return cvc.error();

    // The secret was just accepted by the text AP (照合番号B), or is the number the text AP signed
    // (照合番号A): it cannot be wrong here, so even the card face's last try may be spent on it.
    auto verified = SafeVerify::run(m_transport, keyP2, secret, true);
    if (!verified)
        return verified.error();
    out.credential.count(counterName(keyP2), verified->triesLeft, verified->status);
    if (verified->status != SafeVerify::Status::Verified) {
        const QString why = tr("the card face could not be opened (%1)").arg(SafeVerify::statusName(verified->status));
        notChecked(out, {kSurfaceSignature, kLiveness, kExpiry}, why);
        out.record.fields.insert(RecordField::kFaceMissing, why);
        return true;
    }
    stage("photo");
    auto file = readEf(0x02);
    if (!file)
        return file.error();
    auto face = SurfaceFace::parse(*file);
    if (!face)
        return ReaderError(ReaderError::Kind::Malformed, face.error());

    const auto recovered = Rsa::recover(cvc->publicKey(), face->signature);
    const bool signatureOk = recovered && *recovered == face->expectedDigestInfo();
    if (signatureOk)
        out.verification.add(kSurfaceSignature, R::Pass,
                             tr("covers birth date, sex, chip key, name and address images and photo; "
                                "the expiry date and the security-code image are outside the signature"));
    else
        out.verification.add(kSurfaceSignature, R::Fail, tr("the card face does not match its signature: photo or items changed"));

    IdentityRecord& record = out.record;
    if (!record.birthDate.isValid())
        record.birthDate = face->birthDate;
    if (record.sex == IdentityRecord::Sex::Unknown)
        record.sex = IdentityRecord::sexFromJisCode(face->sexCode);
    record.expiryDate = face->expiryDate;
    record.face.format = QStringLiteral("jp2");
    record.face.bytes = face->photo;
    if (const auto info = Jpeg2000::info(face->photo)) {
        record.face.width = info->width;
        record.face.height = info->height;
    }
    record.images.insert(QStringLiteral("name"), {QStringLiteral("png"), face->nameImage});
    record.images.insert(QStringLiteral("address"), {QStringLiteral("png"), face->addressImage});
    record.images.insert(QStringLiteral("securityCode"), {QStringLiteral("png"), face->securityCodeImage});
    if (!face->expiryDate.isValid())
        out.verification.add(kExpiry, R::NotChecked, tr("the card face holds no expiry date"), Verification::Aspect::Validity);
    else if (face->expiryDate >= now.date())
        out.verification.add(kExpiry, R::Pass, tr("valid until %1 (as stored on the chip, outside the signature)").arg(face->expiryDate.toString(Qt::ISODate)),
                             Verification::Aspect::Validity);
    else
        out.verification.add(kExpiry, R::Fail, tr("expired on %1").arg(face->expiryDate.toString(Qt::ISODate)), Verification::Aspect::Validity);

    // §4.2 0003: DF34, the issuing municipality's code.
    if (auto basic = readEf(0x03)) {
        if (auto outer = BerTlv::parse(*basic)) {
            BerTlvReader children = outer->children();
            if (auto code = children.find(0xDF34))
                record.fields.insert(RecordField::kMunicipalityCode, QString::fromLatin1(code->value()));
        }
    }

    if (!signatureOk) {
        out.verification.add(kLiveness, R::NotChecked, tr("the chip key could not be authenticated (card-face signature failed)"));
        return true;
    }
    auto chipKey = RsaKeyObjects::parse(face->chipKeyObjects);
    if (!chipKey)
        return ReaderError(ReaderError::Kind::Malformed, chipKey.error());
    return checkLiveness(out, chipKey->get());
}

Result<CardReadOutcome, ReaderError> MyNumberReader::read(const Request& request)
{
    CardReadOutcome out;
    out.record.type = DocumentType::MyNumber;
    out.credential.route = routeName(request.route);
    m_progress = request.progress;
    stage("certificate");

    if (auto jpki = checkJpki(out, request.now); !jpki)
        return jpki.error();

    auto cvc = openApplication(out, kTextAid, kTextCertificate);
    if (!cvc)
        return cvc.error();

    if (request.route == Route::None) {
        auto tries = SafeVerify::triesLeft(m_transport, kTextPin);
        if (!tries)
            return tries.error();
        out.credential.triesLeft = *tries;
        out.credential.count(counterName(kTextPin), *tries);
        // The 券面AP's certificate is free too (§4.1): every AP certificate is checked.
        if (auto surface = openApplication(out, kSurfaceAid, kSurfaceCertificate); !surface)
            return surface.error();
        notChecked(out, {kTextSignature, kSurfaceSignature, kLiveness, kExpiry}, tr("no credential given: the signed items were not read"));
        return out;
    }

    stage("authenticate");
    const quint8 key = request.route == Route::Pin ? kTextPin : request.route == Route::CollationA ? kTextCollationA : kTextCollationB;
    // The PIN's four digits (mynumber.md §3.1) on the reader's keypad, or the secret given.
    auto verified = request.route == Route::Pin && request.usePinPad ? SafeVerify::runOnPinPad(m_transport, key, 4, request.allowLastTry)
                                                                     : SafeVerify::run(m_transport, key, request.secret, request.allowLastTry);
    if (!verified)
        return verified.error();
    out.credential.status = verified->status;
    out.credential.triesLeft = verified->triesLeft;
    out.credential.count(counterName(key), verified->triesLeft, verified->status);
    if (verified->status != SafeVerify::Status::Verified) {
        notChecked(out, {kTextSignature, kSurfaceCertificate, kSurfaceSignature, kLiveness, kExpiry},
                   tr("the credential was not accepted: nothing was read"));
        return out;
    }

    stage("text");
    // 0001 is hashed over all 17 bytes, filler included (mynumber.md §3.4, §10.4): read it whole.
    QByteArray numberFile;
    std::optional<TextApFiles::BasicFour> basic;
    if (request.route != Route::CollationB) {
        auto file = readEf(0x01, true);
        if (!file)
            return file.error();
        numberFile = *file;
        const auto number = TextApFiles::parseMyNumber(numberFile);
        if (!number)
            return ReaderError(ReaderError::Kind::Malformed, tr("individual-number file: not 12 digits with a valid check digit"));
        out.record.documentNumber = *number;
    }
    if (request.route != Route::CollationA) {
        auto file = readEf(0x02);
        if (!file)
            return file.error();
        auto parsed = TextApFiles::parseBasicFour(*file);
        if (!parsed)
            return ReaderError(ReaderError::Kind::Malformed, parsed.error());
        basic = *parsed;
        out.record.name = basic->name;
        out.record.address = basic->address;
        out.record.birthDate = basic->birthDate;
        out.record.sex = IdentityRecord::sexFromJisCode(basic->sexCode);
        out.record.nationality.clear();
    }
    auto integrityFile = readEf(0x03);
    if (!integrityFile)
        return integrityFile.error();
    auto integrity = IntegrityRecord::parse(*integrityFile);
    if (!integrity)
        return ReaderError(ReaderError::Kind::Malformed, integrity.error());
    if (!Rsa::verifySha256(cvc->publicKey(), integrity->signedBytes(), integrity->signature()))
        out.verification.add(kTextSignature, R::Fail, tr("the integrity record's signature does not verify"));
    else if (!numberFile.isEmpty() && Rsa::sha256(numberFile) != integrity->myNumberDigest())
        out.verification.add(kTextSignature, R::Fail, tr("the individual number differs from what the issuer signed"));
    else if (basic && Rsa::sha256(basic->signedPart) != integrity->basicFourDigest())
        out.verification.add(kTextSignature, R::Fail, tr("name, address, birth date or sex differ from what the issuer signed"));
    else
        out.verification.add(kTextSignature, R::Pass, tr("the items read match the issuer's signed digests"));

    if (request.route == Route::CollationA) {
        // Number confirmation only: liveness with the chip key of 0007 (DF51). What DF52 signs is
        // not documented [U]; this reader takes it as PKCS#1 v1.5 SHA-256 over the DF51 object by the
        // AP key, and says "not checked" rather than guessing when that does not verify.
        notChecked(out, {kSurfaceCertificate, kSurfaceSignature, kExpiry}, tr("照合番号A confirms the number only"));
        auto file = readEf(0x07);
        if (!file)
            return file.error();
        auto outer = BerTlv::parse(*file);
        std::optional<BerTlv> df51, df52;
        if (outer) {
            BerTlvReader children = outer->children();
            if (auto a = children.find(0xDF51))
                df51 = *a;
            if (auto b = children.find(0xDF52))
                df52 = *b;
        }
        if (!df51 || !df52 || !Rsa::verifySha256(cvc->publicKey(), df51->encoded(), df52->value())) {
            out.verification.add(kLiveness, R::NotChecked, tr("the chip key in 0007 could not be authenticated"));
            return out;
        }
        auto chipKey = RsaKeyObjects::parse(df51->value());
        if (!chipKey)
            return ReaderError(ReaderError::Kind::Malformed, chipKey.error());
        if (auto live = checkLiveness(out, chipKey->get()); !live)
            return live.error();
        return out;
    }

    // The card face: with the PIN route, the number just read is 照合番号A (mynumber.md §4.1).
    SecureBytes surfaceSecret = request.route == Route::Pin ? SecureBytes(out.record.documentNumber.toLatin1()) : request.secret.clone();
    const quint8 surfaceKey = request.route == Route::Pin ? kSurfaceCollationA : kSurfaceCollationB;
    if (auto surface = readSurface(out, surfaceKey, surfaceSecret, request.now); !surface)
        return surface.error();
    if (basic && out.record.birthDate != basic->birthDate)
        out.verification.add(kTextSignature, R::Fail, tr("the birth date on the card face differs from the text data"));
    return out;
}

} // namespace madoguchi
