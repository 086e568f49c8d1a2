#include "core/ocr/OcrBGlyphs.h"

#include "core/ocr/MatImage.h"
#include "core/ocr/MrzCells.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace madoguchi {
namespace {

// Rows `top` to `bottom` of `image` and a tenth of their height more above and below (black where
// the image ends): a thin stroke the threshold lost at the top of a '0' is not cut off, or it
// would look like a 'U'.
cv::Mat padded(const cv::Mat& image, int top, int bottom)
{
    const int pad = std::max(1, (bottom - top) / 10);
    cv::Mat out = cv::Mat::zeros(bottom - top + 2 * pad, image.cols, image.type());
    const int from = std::max(0, top - pad);
    const int to = std::min(image.rows, bottom + pad);
    image.rowRange(from, to).copyTo(out.rowRange(from - (top - pad), to - (top - pad)));
    return out;
}

} // namespace

const QString OcrBGlyphs::kCharacters = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<");

OcrBGlyphs::OcrBGlyphs()
{
    QFont font(QStringLiteral("OCR B"));
    if (!QFontDatabase::families().contains(font.family()))
        return;
    font.setPixelSize(60);
    const QFontMetricsF metrics(font);
    // Each glyph in its cell: one advance wide, from the capitals' top to the baseline.
    const qreal advance = metrics.horizontalAdvance(QLatin1Char('0'));
    const qreal capHeight = metrics.capHeight();
    // Drawn on a wider canvas, then cut one advance wide around the ink's centre — as MrzCells
    // cuts a photographed character — so that a narrow '1' lines up with its sample.
    // Room above the capitals and below the baseline: round glyphs overshoot both.
    const QSize canvas(qCeil(advance * 2), qCeil(capHeight * 1.5));
    for (int i = 0; i < kCharacters.size(); ++i) {
        QImage image(canvas, QImage::Format_Grayscale8);
        image.fill(Qt::black);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QPointF(advance / 2, capHeight * 1.25), QString(kCharacters[i]));
        painter.end();
        const cv::Mat glyph = MatImage::grey(image);
        const cv::Rect ink = cv::boundingRect(glyph > 127);
        const double centre = ink.x + ink.width / 2.0;
        const int from = std::clamp(int(std::lround(centre - advance / 2)), 0, glyph.cols - 1);
        const int to = std::clamp(int(std::lround(centre + advance / 2)), from + 1, glyph.cols);
        m_glyphs[size_t(i)] = normalised(padded(glyph.colRange(from, to), ink.y, ink.y + ink.height), 0);
    }
    m_valid = true;
}

cv::Mat OcrBGlyphs::normalised(const cv::Mat& cell, int margin)
{
    cv::Mat resized;
    cv::resize(cell, resized, cv::Size(kWidth, kHeight), 0, 0, cv::INTER_AREA);
    cv::Mat values;
    resized.convertTo(values, CV_32F);
    cv::GaussianBlur(values, values, cv::Size(0, 0), 0.8);
    if (margin > 0)
        cv::copyMakeBorder(values, values, margin, margin, margin, margin, cv::BORDER_CONSTANT, cv::Scalar(0));
    return values;
}

QList<OcrBGlyphs::Match> OcrBGlyphs::classify(const cv::Mat& ink, const cv::Mat& shade, QStringView allowed) const
{
    QList<Match> matches;
    if (!m_valid || ink.empty())
        return matches;
    // The character: the ink nearest the cell's middle, one pitch wide around its centre (the cell
    // is MrzCells::kCellPitches wide), and its own height — a character far along a photographed
    // line is smaller than one near.
    const double pitch = ink.cols / MrzCells::kCellPitches;
    std::vector<int> columns(size_t(ink.cols));
    for (int x = 0; x < ink.cols; ++x)
        columns[size_t(x)] = cv::countNonZero(ink.col(x));
    int from = ink.cols / 2;
    int to = from;
    while (from > 0 && columns[size_t(from - 1)] > 0)
        --from;
    while (to < ink.cols && columns[size_t(to)] > 0)
        ++to;
    if (to - from < 1) {  // the middle column is blank: take the whole cell's ink
        const cv::Rect all = cv::boundingRect(ink);
        from = all.x;
        to = all.x + all.width;
    }
    const double centre = (from + to) / 2.0;
    const int left = std::clamp(int(std::lround(centre - pitch / 2)), 0, ink.cols - 1);
    const int right = std::clamp(int(std::lround(centre + pitch / 2)), left + 1, ink.cols);
    const cv::Mat character = ink.colRange(left, right);
    const cv::Rect box = cv::boundingRect(character);
    if (box.height < 3 || box.width < 1)
        return matches;
    // A margin of kShift pixels on every side: the glyph is matched at every offset within it.
    const cv::Mat sample = normalised(padded(shade.colRange(left, right), box.y, box.y + box.height), kShift);
    cv::Mat scores;
    for (QChar c : allowed) {
        const qsizetype index = kCharacters.indexOf(c);
        if (index < 0)
            continue;
        cv::matchTemplate(sample, m_glyphs[size_t(index)], scores, cv::TM_CCOEFF_NORMED);
        double score = -1;
        cv::minMaxLoc(scores, nullptr, &score);
        matches.append({c, score});
    }
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.score > b.score; });
    return matches;
}

} // namespace madoguchi
