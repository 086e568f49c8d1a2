#pragma once

#include <QString>

namespace madoguchi::RecordField {

// The fixed keys of IdentityRecord::fields: what a card reader may put beside the record's own members.
// Families of keys built from these stand beside them (GlyphText, the licence's entries and change history):
// "<key>Gaiji" (外字 numbers of a text), "<key>MissingCharacters" (欠字), "<key>Unreadable" (why a text could
// not be decoded), the licence's entries by LicenceEntries' names ("colour", "condition1" …), "category.<id>"
// and "change.<n>.<part>".

inline const QString kSpecVersion = QStringLiteral("specVersion");  // card specification version the card declares (licence common data, residence card)
inline const QString kSignatureSubject = QStringLiteral("signatureSubject");  // subject of the certificate that signed the card's data (licence, マイナ免許証)
inline const QString kSignatureIssuer = QStringLiteral("signatureIssuer");  // issuer of that certificate
inline const QString kPostalCode = QStringLiteral("postalCode");  // postal code of the address, where the card holds one
inline const QString kNationalityName = QStringLiteral("nationalityName");  // nationality or region, in Japanese (Debian's iso-codes)
inline const QString kNationalityNameEnglish = QStringLiteral("nationalityNameEnglish");  // nationality or region, in English
inline const QString kAddressPrinted = QStringLiteral("addressPrinted");  // the address printed on the card, when a later change record holds the current one
inline const QString kAddressChangedOn = QStringLiteral("addressChangedOn");  // date of the change of address (ISO 8601)
inline const QString kFaceMissing = QStringLiteral("faceMissing");  // the chip's photo should have been read but was not: why
inline const QString kAddressNote = QStringLiteral("addressNote");  // why the chip holds no address, and what to do (passports)
inline const QString kAddressUnreadable = QStringLiteral("addressUnreadable");  // the address could not be decoded: why
inline const QString kAddressDate = QStringLiteral("addressDate");  // date the address was registered (residence card, first generation)
inline const QString kJpkiAuthNotBefore = QStringLiteral("jpkiAuthNotBefore");  // JPKI authentication certificate: first valid day
inline const QString kJpkiAuthNotAfter = QStringLiteral("jpkiAuthNotAfter");  // JPKI authentication certificate: last valid day
inline const QString kPinSetting = QStringLiteral("pinSetting");  // licence: "set" or "default" (the holder set no PIN)
inline const QString kCategories = QStringLiteral("categories");  // licence: categories held, e.g. 普通、原付
inline const QString kReferenceNumber = QStringLiteral("referenceNumber");  // licence: 照会番号
inline const QString kDomicile = QStringLiteral("domicile");  // licence: 本籍, read only when asked
inline const QString kDomicileGaiji = QStringLiteral("domicileGaiji");  // licence: 外字 in 本籍
inline const QString kLicencePinSetting = QStringLiteral("licencePinSetting");  // マイナ免許証: "set" or "default"
inline const QString kLicenceExpiryDate = QStringLiteral("licenceExpiryDate");  // マイナ免許証: the licence's last valid day (ISO 8601)
inline const QString kLicenceOtherTags = QStringLiteral("licenceOtherTags");  // マイナ免許証: tags of the licence information not decoded (drivers-licence.md §A6 [U])
inline const QString kDocument = QStringLiteral("document");  // residence card: "residence-card" or "special-permanent-resident"
inline const QString kGeneration = QStringLiteral("generation");  // residence card: "1" or "2"
inline const QString kCardType = QStringLiteral("cardType");  // residence card: card type code
inline const QString kTextEncoding = QStringLiteral("textEncoding");  // residence card: the encoding that read the address
inline const QString kMunicipalityCode = QStringLiteral("municipalityCode");  // residence card: municipality of the address
inline const QString kResidenceCardNumber = QStringLiteral("residenceCardNumber");  // 07/08 card: the residence card number its 在留 AP accepted
inline const QString kStatusCode = QStringLiteral("statusCode");  // residence card: 在留資格 code
inline const QString kStatusName = QStringLiteral("statusName");  // residence card: 在留資格, from the installed code table (Japanese)
inline const QString kStatusNameEnglish = QStringLiteral("statusNameEnglish");  // residence card: 在留資格 in English, from the table
inline const QString kPeriodOfStay = QStringLiteral("periodOfStay");  // residence card: 在留期間, e.g. 3年0月
inline const QString kPeriodOfStayEnd = QStringLiteral("periodOfStayEnd");  // residence card: last day of the period of stay
inline const QString kPermissionType = QStringLiteral("permissionType");  // residence card: kind of 許可
inline const QString kPermissionDate = QStringLiteral("permissionDate");  // residence card: date of 許可
inline const QString kComprehensivePermission = QStringLiteral("comprehensivePermission");  // residence card: 資格外活動許可 (包括)
inline const QString kIndividualPermission = QStringLiteral("individualPermission");  // residence card: 資格外活動許可 (個別)
inline const QString kRenewalPending = QStringLiteral("renewalPending");  // residence card: 在留期間更新等許可申請中, "yes" or "no"
inline const QString kWorkRestriction = QStringLiteral("workRestriction");  // residence card: 就労制限の有無
inline const QString kAccessProtocol = QStringLiteral("accessProtocol");  // passport: "bac" or the PACE protocol used
inline const QString kSessionsRestarted = QStringLiteral("sessionsRestarted");  // passport: how often secure messaging was set up again
inline const QString kDocumentCode = QStringLiteral("documentCode");  // passport: MRZ document code
inline const QString kIssuingState = QStringLiteral("issuingState");  // passport: issuing state (MRZ)
inline const QString kIssuingAuthority = QStringLiteral("issuingAuthority");  // passport: issuing authority (DG12)
inline const QString kPlaceOfBirth = QStringLiteral("placeOfBirth");  // passport: place of birth (DG11)
inline const QString kFullName = QStringLiteral("fullName");  // passport: full name (DG11)
inline const QString kMrzOptionalData = QStringLiteral("mrzOptionalData");  // passport: MRZ optional data
inline const QString kFaceUnreadable = QStringLiteral("faceUnreadable");  // passport: the face could not be decoded: why

} // namespace madoguchi::RecordField
