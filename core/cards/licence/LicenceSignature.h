#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace madoguchi {

// DF1/EF07, the issuer's electronic signature over the licence (drivers-licence.md §A5).
//
// [C1] The file starts B1 82 01 00 and 256 bytes: an RSA-2048 signature. [C] After it come the
// serial number, issuer name, subject name (JIS X 0201 letters, spaces and dots) and subject key
// identifier; their tags are [U] — this reader takes B2, B3, B4 and B5 in that order of meaning.
// The issuer's certificate is not on the card: the subject name and key identifier choose one that
// the municipality or bank installed (trust family "licence").
struct LicenceSignature
{
    Q_DECLARE_TR_FUNCTIONS(LicenceSignature)

public:
    QByteArray signature;
    QByteArray serialNumber;
    QString issuerName;
    QString subjectName;
    QByteArray subjectKeyId;

    static Result<LicenceSignature, QString> parse(QByteArrayView file);

    // What the signature covers. The spec section was not at hand, so this is [U]; the one place
    // that decides it. Taken here as SHA-256 / PKCS#1 v1.5 over the whole files, filler included,
    // of DF1/EF01 (entries), DF1/EF03 (外字) and DF2/EF01 (photo), in that order: the photo needs
    // PIN2, which agrees with libjeid checking only after both PINs (§A5); 本籍 is left out, so
    // that checking never requires reading it. The virtual licence signs exactly this, and
    // tst_LicenceReader pins it down; change both together when the spec says otherwise.
    static QByteArray signedData(QByteArrayView entries, QByteArrayView gaiji, QByteArrayView photo);

    // The same for the マイナ免許証 (§A6): WEF03 holds "the signature and issuer identification"
    // [U]; one untested source names RSA-2048 PKCS#1 v1.5 SHA-256. Taken here as the layout above
    // (B1, B2–B5) over the whole licence-information file WEF02, filler included — the name, birth
    // date and address it belongs to are signed on the My Number side (text AP, §3.4). The virtual
    // card signs exactly this and tst_MyNumberLicenceReader pins it down.
    static QByteArray signedDataOnMyNumber(QByteArrayView information);
};

} // namespace madoguchi
