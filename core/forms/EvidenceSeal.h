#pragma once

#include "core/audit/CoseSign1.h"
#include "core/audit/EvidenceSigner.h"
#include "core/base/Result.h"
#include "core/cards/Verification.h"
#include "core/forms/FormPage.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>

namespace madoguchi {

// The signed 確認記録: what the evidence sheet prints, as a compact CBOR record — the printed fields
// but the photo, the checks as ids and results, the verdict, the time, the terminal, and the
// SHA-256 of the application forms printed in the same job — signed by the terminal
// (EvidenceSigner: COSE_Sign1) and put in the sheet's QR code as "MDG1:" + Base45 of the COSE
// compressed with zlib (qCompress: a 4-byte length, then the zlib stream) — the layout of the EU's
// signed health certificates, which keeps a residence card's record in a QR code of 0.5 mm modules.
// madoguchi-verify opens it. Without a signer the sheet says 「署名なし」 and its QR carries no signature.
class EvidenceSeal
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSeal)

public:
    static constexpr char kPrefix[] = "MDG1:";
    // Bindings the seal sets on the evidence page: the QR text, and the printed line about it.
    static constexpr char kSealBinding[] = "check.seal";
    static constexpr char kSignatureBinding[] = "check.signature";

    struct Opened
    {
        CoseSign1::Message message;
        QCborMap record;
    };

    // Signs the evidence page of `pages` (when there is one and a signer), over its printed values,
    // `verification` and the other pages' digest; or marks it unsigned.
    static void seal(QList<FormPage>& pages, const Verification& verification, const EvidenceSigner* signer, const QString& language);
    // SHA-256 over the filled values of every page but the evidence sheet (canonical JSON, in order).
    static QByteArray formsDigest(const QList<FormPage>& pages);
    // The record signed for `sheet`.
    static QByteArray record(const FormData& sheet, const Verification& verification, const QByteArray& formsDigest);
    // The QR text back to the signed record: the structure only (CoseSign1::verify checks it).
    static Result<Opened, QString> open(QByteArrayView qrText);
    // The QR text of a COSE_Sign1, and back (nullopt when it is not one of ours).
    static QByteArray qrText(const QByteArray& cose);
    static std::optional<QByteArray> coseOf(QByteArrayView qrText);
};

} // namespace madoguchi
