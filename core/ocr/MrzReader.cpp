#include "core/ocr/MrzReader.h"

#include "core/ocr/MrzCells.h"
#include "core/ocr/MrzCorrection.h"
#include "core/ocr/MrzLocator.h"

#include <QTransform>

namespace madoguchi {
namespace {

constexpr int kTd3Line = 44;
// A character is a candidate when it matches at least this well, and no worse than the best match
// by more than kAmbiguity. bench_ocr over 240 camera frames: at 0.04 a frame read 64 % and 4 WRONG,
// at 0.06 62 % and 2 WRONG, at 0.08 56 % and none wrong — one still picture must be safe alone.
constexpr double kMinScore = 0.4;
constexpr double kAmbiguity = 0.08;

// What TD3 line 2 holds at each position (ICAO 9303-4 §4.2.2.2): the document number and the
// personal number letters or digits, dates and check digits digits, nationality letters.
QString allowedAt(int line, int position)
{
    static const QString digits = QStringLiteral("0123456789");
    static const QString letters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ<");
    if (line == 0)
        return letters;  // document code, issuing state and name: letters and fillers
    if (position < 9 || (position >= 28 && position < 42))
        return OcrBGlyphs::kCharacters;
    if ((position >= 10 && position < 13) || position == 20)
        return letters;
    if (position == 42)
        return digits + QLatin1Char('<');
    return digits;
}

} // namespace

std::unique_ptr<MrzReader> MrzReader::create(QString* why)
{
    auto reader = std::unique_ptr<MrzReader>(new MrzReader);
    if (!reader->m_glyphs.isValid()) {
        if (why)
            *why = tr("the OCR B font is not installed (Debian: fonts-ocr-b)");
        return nullptr;
    }
    return reader;
}

Result<MrzKey, QString> MrzReader::read(const QImage& frame)
{
    auto key = readUpright(frame);
    if (key)
        return key;
    // A data page laid the other way round on the desk.
    auto turned = readUpright(frame.transformed(QTransform().rotate(180)));
    return turned ? std::move(turned) : std::move(key);
}

Result<SecureBytes, QString> MrzReader::readCredential(const QImage& frame)
{
    auto key = read(frame);
    if (!key)
        return key.error();
    return SecureBytes(key->information().view());
}

Result<MrzKey, QString> MrzReader::readUpright(const QImage& frame)
{
    const auto band = MrzLocator::locate(frame);
    if (!band)
        return tr("no machine-readable zone in the picture");
    const auto cells = MrzCells::split(*band, 2, kTd3Line);
    if (!cells)
        return tr("the machine-readable zone's characters could not be told apart");
    // Each position's candidates: the best match and any other within kAmbiguity of it.
    QList<QStringList> candidates;
    for (int line = 0; line < cells->size(); ++line) {
        QStringList positions;
        for (int i = 0; i < cells->at(line).size(); ++i) {
            const auto matches = m_glyphs.classify(cells->at(line).at(i).ink, cells->at(line).at(i).shade, allowedAt(line, i));
            QString chosen;
            for (const auto& match : matches)
                if (match.score >= kMinScore && match.score >= matches.front().score - kAmbiguity)
                    chosen += match.character;
            positions.append(chosen);
        }
        candidates.append(positions);
    }
    auto corrected = MrzCorrection::td3(candidates);
    if (!corrected)
        return corrected.error();
    return MrzKey::fromLines(corrected->join(QString()));
}

} // namespace madoguchi
