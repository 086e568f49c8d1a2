#include "core/forms/EvidenceVerifier.h"

#include "core/crypto/OpenSslPtr.h"

#include <QDir>
#include <QFile>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace madoguchi {
namespace {

using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX_free>>;

std::vector<std::shared_ptr<X509>> certificatesIn(const QString& path)
{
    std::vector<std::shared_ptr<X509>> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray pem = file.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        out.emplace_back(certificate, X509_free);
    return out;
}

} // namespace

EvidenceVerifier::EvidenceVerifier(const QString& trustDir)
{
    const QDir dir(trustDir);
    for (const QString& name : dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt")}, QDir::Files, QDir::Name))
        for (auto& certificate : certificatesIn(dir.filePath(name)))
            (X509_check_ca(certificate.get()) ? m_authorities : m_terminals).push_back(certificate);
}

QString EvidenceVerifier::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid: return QStringLiteral("valid");
    case Verdict::SignatureInvalid: return QStringLiteral("signature invalid");
    case Verdict::UnknownTerminal: return QStringLiteral("unknown terminal");
    case Verdict::NoSignedRecord: return QStringLiteral("no signed record");
    }
    return {};
}

EvidenceVerifier::Outcome EvidenceVerifier::verify(QByteArrayView qrText) const
{
    Outcome out;
    auto opened = EvidenceSeal::open(qrText);
    if (!opened) {
        out.why = opened.error();
        return out;
    }
    out.record = opened->record;
    out.kid = opened->message.kid;
    const auto terminal = std::find_if(m_terminals.cbegin(), m_terminals.cend(),
                                       [&](const auto& certificate) { return EvidenceSigner::keyIdOf(certificate.get()) == out.kid; });
    if (terminal == m_terminals.cend()) {
        out.verdict = Verdict::UnknownTerminal;
        //: madoguchi-verify: %1 the key id (hex) of a record whose terminal certificate is not in the trust directory.
        out.why = tr("no terminal certificate in the trust directory has key id %1").arg(QString::fromLatin1(out.kid.toHex()));
        return out;
    }
    out.terminal = EvidenceSigner::commonName(terminal->get());
    // With the institution's CA given, the terminal's certificate must chain to it.
    if (!m_authorities.empty()) {
        X509StorePtr store(X509_STORE_new());
        for (const auto& authority : m_authorities)
            X509_STORE_add_cert(store.get(), authority.get());
        StoreCtxPtr context(X509_STORE_CTX_new());
        X509_STORE_CTX_init(context.get(), store.get(), terminal->get(), nullptr);
        if (X509_verify_cert(context.get()) != 1) {
            out.verdict = Verdict::UnknownTerminal;
            out.why = tr("the certificate of terminal %1 does not chain to the CA in the trust directory: %2")
                          .arg(out.terminal, QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()))));
            return out;
        }
        X509* issuer = X509_STORE_CTX_get0_current_issuer(context.get());
        out.issuer = EvidenceSigner::commonName(issuer);
    }
    if (!CoseSign1::verify(opened->message, X509_get0_pubkey(terminal->get()))) {
        out.verdict = Verdict::SignatureInvalid;
        out.why = tr("the signature of terminal %1 does not verify: the record was altered").arg(out.terminal);
        return out;
    }
    out.verdict = Verdict::Valid;
    return out;
}

} // namespace madoguchi
