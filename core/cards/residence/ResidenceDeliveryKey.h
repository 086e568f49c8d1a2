#pragma once

#include "core/base/Result.h"
#include "core/crypto/Rsa.h"
#include "core/crypto/TrustStore.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace madoguchi {

// The ISA's RSA-2048 delivery key (配送鍵) to which a reader encrypts the session key for the 在留 AP
// of a 07/08 card (residence-card-0708.md §4). It is configuration, never compiled in: a file in
// `trust/residence-card/delivery/`. The encoding of the ISA's `keys_smrsapub_001.bin` is not
// documented, so the file is sniffed (§4 lists the candidates): PEM, DER SubjectPublicKeyInfo
// (30 82 01 22), DER PKCS#1 RSAPublicKey (30 82 01 0A), the JICSAP objects A1 { 90 e, 91 n } of the
// text AP's EF 0006 (§5), or a bare 256-byte modulus (e = 65537). The production file is recognised
// by its published SHA-256. It is not a trust anchor: it verifies nothing (§7).
class ResidenceDeliveryKey
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceDeliveryKey)

public:
    enum class Encoding
    {
        Pem,
        SubjectPublicKeyInfo,
        Pkcs1,
        JicsapObjects,
        BareModulus,
    };

    static Result<ResidenceDeliveryKey, QString> parse(QByteArrayView file);
    static Result<ResidenceDeliveryKey, QString> load(const QString& path);
    // The key installed in `trust/residence-card/delivery/` (the first file there, production
    // directories first); an error that says what was found when there is none to use.
    static Result<ResidenceDeliveryKey, QString> installed(const TrustStore& trust);

    EVP_PKEY* key() const { return m_key.get(); }
    Encoding encoding() const { return m_encoding; }
    // The file is the ISA's production key (keys_smrsapub_001.bin, §4: its SHA-256).
    bool isProduction() const { return m_production; }
    // For the administrator: "PATH: RSA-2048, JICSAP A1 { 90, 91 }, the ISA's production key …".
    QString describe() const;

    static QString encodingName(Encoding encoding);

private:
    std::shared_ptr<EVP_PKEY> m_key;
    QString m_path;  // where it was installed, when it came from a file
    Encoding m_encoding = Encoding::Pem;
    bool m_production = false;
};

} // namespace madoguchi
