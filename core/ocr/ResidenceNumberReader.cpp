#include "core/ocr/ResidenceNumberReader.h"

#include "core/ocr/CardLocator.h"

#include <QRegularExpression>

#include <opencv2/imgproc.hpp>

namespace madoguchi {
namespace {

// "番号 AB12345678CD" at the card's top right, with about 2 mm to spare (ResidenceCardFront [U]).
const QRectF kNumberLine(46, 0.5, 39.6, 9.5);
// Tesseract's English model, limited to the number's characters: it tells Q from O and 5 from 6
// better than the Japanese one (bench_ocr: 92 % of frames read against 61 %).
const QString kCharacters = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

// A letter where the number has a digit, or a digit where it has a letter: the look-alike.
QChar asDigit(QChar c)
{
    static const QString from = QStringLiteral("ODQIJLZSBG");
    static const QString to = QStringLiteral("0001112586");
    const qsizetype at = from.indexOf(c);
    return at < 0 ? c : to[at];
}

QChar asLetter(QChar c)
{
    static const QString from = QStringLiteral("012586");
    static const QString to = QStringLiteral("OIZSBG");
    const qsizetype at = from.indexOf(c);
    return at < 0 ? c : to[at];
}

} // namespace

std::unique_ptr<ResidenceNumberReader> ResidenceNumberReader::create(QString* why)
{
    auto text = TextRecogniser::create("eng", kCharacters);
    if (!text) {
        if (why)
            *why = tr("Tesseract's English data is not installed (Debian: tesseract-ocr-eng)");
        return nullptr;
    }
    return std::unique_ptr<ResidenceNumberReader>(new ResidenceNumberReader(std::move(text)));
}

Result<SecureBytes, QString> ResidenceNumberReader::readCard(const cv::Mat& card)
{
    // Twice the size: the number is 3.4 mm high, and a Q's tail is a few pixels at 10 px/mm.
    const cv::Mat region = CardLocator::region(card, kNumberLine, 2);
    // The number is the line's last word: its last 12 characters, the label 番号 often read into
    // it as one to three characters ("8JQ10204621SU"). Anything else gives nothing.
    const QStringList words = m_text->read(region, TextRecogniser::Layout::Line).split(QRegularExpression(QStringLiteral("\\s+")));
    if (words.last().size() < 12 || words.last().size() > 15)
        return tr("the card number could not be read");
    QString number = words.last().right(12);
    for (int i = 0; i < 12; ++i)
        number[i] = i < 2 || i >= 10 ? asLetter(number[i]) : asDigit(number[i]);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{8}[A-Z]{2}$"));
    if (!shape.match(number).hasMatch())
        return tr("the card number read is not of the card's shape");
    return SecureBytes(number.toLatin1());
}

} // namespace madoguchi
