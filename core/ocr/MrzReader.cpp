#include "core/ocr/MrzReader.h"

#include "core/ocr/MrzCells.h"
#include "core/ocr/MrzCorrection.h"
#include "core/ocr/MrzLocator.h"

#include <QTransform>

namespace madoguchi {
namespace {

// A character is a candidate when it matches at least this well, and no worse than the best match
// by more than kAmbiguity. bench_ocr over 240 camera frames: at 0.04 a frame read 64 % and 4 WRONG,
// at 0.06 62 % and 2 WRONG, at 0.08 56 % and none wrong — one still picture must be safe alone.
constexpr double kMinScore = 0.4;
constexpr double kAmbiguity = 0.08;

const QString kDigits = QStringLiteral("0123456789");
const QString kLetters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ<");

// What TD3's lines hold at each position (ICAO 9303-4 §4.2.2.2): line 1 the document code, issuing
// state and name; on line 2 the document number and personal number letters or digits, dates and
// check digits digits, nationality and sex letters.
QString td3Allows(int line, int position)
{
    if (line == 0)
        return kLetters;
    if (position < 9 || (position >= 28 && position < 42))
        return OcrBGlyphs::kCharacters;
    if ((position >= 10 && position < 13) || position == 20)
        return kLetters;
    if (position == 42)
        return kDigits + QLatin1Char('<');
    return kDigits;
}

// TD1's (ICAO 9303-5 §4.2.2): line 1 the document code and issuing state, the document number, its
// check digit and optional data; line 2 birth date, sex, expiry date, nationality, optional data
// and the composite; line 3 the name.
QString td1Allows(int line, int position)
{
    if (line == 0)
        return position < 5 ? kLetters : position == 14 ? kDigits + QLatin1Char('<') : OcrBGlyphs::kCharacters;
    if (line == 1)
        return position == 7 || (position >= 15 && position < 18) ? kLetters : position >= 18 && position < 29 ? OcrBGlyphs::kCharacters : kDigits;
    return kLetters;
}

// The two sizes of zone read: a passport's and an ID card's.
struct Format
{
    int lines;
    int length;
    QString (*allows)(int line, int position);
    Result<QStringList, QString> (*correct)(const QList<QStringList>& candidates);
};
const Format kFormats[] = {{2, 44, td3Allows, MrzCorrection::td3}, {3, 30, td1Allows, MrzCorrection::td1}};

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
    // Why nothing was given: the zone could not be cut, or what the check digits said of the
    // format it could be cut as.
    QString problem = tr("the machine-readable zone's characters could not be told apart");
    for (const Format& format : kFormats) {
        const auto cells = MrzCells::split(*band, format.lines, format.length);
        if (!cells)
            continue;
        // Each position's candidates: the best match and any other within kAmbiguity of it.
        QList<QStringList> candidates;
        for (int line = 0; line < cells->size(); ++line) {
            QStringList positions;
            for (int i = 0; i < cells->at(line).size(); ++i) {
                const auto matches = m_glyphs.classify(cells->at(line).at(i).ink, cells->at(line).at(i).shade, format.allows(line, i));
                QString chosen;
                for (const auto& match : matches)
                    if (match.score >= kMinScore && match.score >= matches.front().score - kAmbiguity)
                        chosen += match.character;
                positions.append(chosen);
            }
            candidates.append(positions);
        }
        auto corrected = format.correct(candidates);
        if (corrected)
            return MrzKey::fromLines(corrected->join(QString()));
        problem = corrected.error();
    }
    return problem;
}

} // namespace madoguchi
