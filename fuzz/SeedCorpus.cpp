// Writes the fuzz targets' seed corpora (fuzz/CMakeLists.txt) into the directory given:
//   cards/   every file of every virtual card of every persona (the files the readers parse)
//   images/  small JPEG 2000 images (JP2 and raw codestream) and bilevel TIFFs
//   config/  the shipped form templates and purposes catalogue
// Each seed is written once per parser choice (FuzzInput): its first byte picks the parser.
#include "core/apdu/BerTlv.h"
#include "core/base/ResourceLocator.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/Rsa.h"
#include "core/image/BilevelTiff.h"
#include "core/image/Jpeg2000.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardFactory.h"
#include "core/sim/SimCardType.h"
#include "fuzz/FuzzInput.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>

#include <cstdio>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/x509.h>

using namespace madoguchi;

namespace {

class CorpusWriter
{
public:
    explicit CorpusWriter(const QString& directory) : m_directory(directory) { QDir().mkpath(directory); }

    bool add(const QByteArray& seed)
    {
        const QByteArray name = QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(16);
        for (int choice = 0; choice < FuzzInput::kMaxChoices; ++choice) {
            QFile file(QStringLiteral("%1/%2-%3").arg(m_directory, QLatin1String(name)).arg(choice));
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(QByteArray(1, char(choice)) + seed);
        }
        ++m_seeds;
        return true;
    }
    int seeds() const { return m_seeds; }

private:
    QString m_directory;
    int m_seeds = 0;
};

QImage gradient(int width, int height, QImage::Format format)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb((x * 255) / width, (y * 255) / height, 0));
    return image.convertToFormat(format);
}

// SubjectPublicKeyInfo (DER and PEM), PKCS#1 DER, JICSAP A1 { 90 e, 91 n } and the bare modulus.
QList<QByteArray> publicKeyEncodings(EVP_PKEY* key)
{
    const auto der = [key](int (*encode)(const EVP_PKEY*, unsigned char**)) {
        unsigned char* out = nullptr;
        const int n = encode(key, &out);
        const QByteArray bytes(reinterpret_cast<const char*>(out), n);
        OPENSSL_free(out);
        return bytes;
    };
    const auto number = [key](const char* name) {
        BIGNUM* bn = nullptr;
        EVP_PKEY_get_bn_param(key, name, &bn);
        QByteArray bytes(BN_num_bytes(bn), '\0');
        BN_bn2bin(bn, reinterpret_cast<unsigned char*>(bytes.data()));
        BN_free(bn);
        return bytes;
    };
    const QByteArray spki = der(i2d_PUBKEY);
    const QByteArray n = number(OSSL_PKEY_PARAM_RSA_N);
    return {spki,
            "-----BEGIN PUBLIC KEY-----\n" + spki.toBase64() + "\n-----END PUBLIC KEY-----\n",
            der(i2d_PublicKey),
            BerTlv::encode(0xA1, BerTlv::encode(0x90, number(OSSL_PKEY_PARAM_RSA_E)) + BerTlv::encode(0x91, n)),
            n};
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT-DIRECTORY\n", argv[0]);
        return 4;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);

    CorpusWriter cards(out + QStringLiteral("/cards"));
    const QDir personas(ResourceLocator::path(QStringLiteral("personas")));
    for (const QString& entry : personas.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto persona = Persona::load(personas.filePath(entry));
        if (!persona) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(entry), qPrintable(persona.error()));
            return 1;
        }
        for (const QString& typeName : simCardTypeNames()) {
            if (!persona->hasDocument(typeName))
                continue;
            const auto card = SimCardFactory::build(*simCardTypeFromName(typeName), *persona);
            for (const QByteArray& content : card->fileContents())
                if (!content.isEmpty() && !cards.add(content))
                    return 1;
        }
    }

    CorpusWriter images(out + QStringLiteral("/images"));
    for (const QSize size : {QSize(16, 16), QSize(48, 64)}) {
        const QImage grey = gradient(size.width(), size.height(), QImage::Format_Grayscale8);
        images.add(Jpeg2000::encode(grey, 1.0, Jpeg2000::Container::Jp2));
        images.add(Jpeg2000::encode(grey, 1.0, Jpeg2000::Container::Codestream));
        images.add(BilevelTiff::encode(gradient(size.width(), size.height(), QImage::Format_Mono)));
    }

    CorpusWriter config(out + QStringLiteral("/config"));
    const QDir forms(ResourceLocator::path(QStringLiteral("forms")));
    for (const QString& entry : forms.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(forms.filePath(entry));
        if (!file.open(QIODevice::ReadOnly) || !config.add(file.readAll()))
            return 1;
    }
    QFile purposes(ResourceLocator::path(QStringLiteral("purposes.json")));
    if (!purposes.open(QIODevice::ReadOnly) || !config.add(purposes.readAll()))
        return 1;

    // Public keys in the encodings a delivery-key file may have (residence-card-0708.md §4), from the
    // test PKI's RSA keys.
    CorpusWriter keys(out + QStringLiteral("/keys"));
    const QDir testPki(ResourceLocator::path(QStringLiteral("testpki")));
    for (const QString& entry : testPki.entryList({QStringLiteral("*.key")}, QDir::Files, QDir::Name)) {
        const EvpPkeyPtr key = Rsa::readPrivatePem(testPki.filePath(entry));
        if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
            continue;
        for (const QByteArray& encoded : publicKeyEncodings(key.get()))
            if (!keys.add(encoded))
                return 1;
    }

    std::printf("seeds: %d card files, %d images, %d configuration files, %d keys (each once per parser choice)\n",
                cards.seeds(), images.seeds(), config.seeds(), keys.seeds());
    return cards.seeds() > 0 && images.seeds() > 0 && config.seeds() > 0 && keys.seeds() > 0 ? 0 : 1;
}
