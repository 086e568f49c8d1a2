// Writes the fuzz targets' seed corpora (fuzz/CMakeLists.txt) into the directory given:
//   cards/   every file of every virtual card of every persona (the files the readers parse)
//   images/  small JPEG 2000 images (JP2 and raw codestream) and bilevel TIFFs
//   config/  the shipped form templates and purposes catalogue
// Each seed is written once per parser choice (FuzzInput): its first byte picks the parser.
#include "core/base/ResourceLocator.h"
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

    std::printf("seeds: %d card files, %d images, %d configuration files (each once per parser choice)\n",
                cards.seeds(), images.seeds(), config.seeds());
    return cards.seeds() > 0 && images.seeds() > 0 && config.seeds() > 0 ? 0 : 1;
}
