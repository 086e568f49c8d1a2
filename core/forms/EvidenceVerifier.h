#pragma once

#include "core/forms/EvidenceSeal.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

#include <openssl/x509.h>

namespace madoguchi {

// The auditor's side of EvidenceSeal: a sheet's QR text against the terminal certificates (and the
// institution's CA certificates, when given) in a trust directory. One verdict:
// valid — the record is signed by a known terminal's key and unaltered;
// signature invalid — the signature does not verify: the record was altered (or is not that key's);
// unknown terminal — no certificate for its key id, or one that does not chain to the CA;
// no signed record — the QR code holds none (an unsigned sheet, or not a madoguchi sheet).
class EvidenceVerifier
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceVerifier)

public:
    enum class Verdict
    {
        Valid,
        SignatureInvalid,
        UnknownTerminal,
        NoSignedRecord,
    };
    struct Outcome
    {
        Verdict verdict = Verdict::NoSignedRecord;
        QString why;          // for every verdict but Valid
        QCborMap record;      // the signed record, when there was one
        QString terminal;     // the terminal certificate's common name, when known
        QString issuer;       // the CA that issued it, when the trust directory holds one
        QByteArray kid;
    };

    // Every certificate in the PEM files (*.pem, *.crt) of `trustDir`; CA certificates (basic
    // constraints CA:TRUE) are the institution's, the others terminals'.
    explicit EvidenceVerifier(const QString& trustDir);

    int terminalCount() const { return int(m_terminals.size()); }
    int authorityCount() const { return int(m_authorities.size()); }
    Outcome verify(QByteArrayView qrText) const;

    // "valid", "signature invalid", "unknown terminal", "no signed record"
    static QString verdictName(Verdict verdict);

private:
    std::vector<std::shared_ptr<X509>> m_terminals;
    std::vector<std::shared_ptr<X509>> m_authorities;
};

} // namespace madoguchi
