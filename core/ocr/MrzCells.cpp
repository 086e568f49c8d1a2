#include "core/ocr/MrzCells.h"

#include "core/ocr/MatImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace madoguchi {
namespace {


struct Run
{
    int from;
    int to;  // exclusive
    int size() const { return to - from; }
};

// Runs of indexes whose count is at least `least`, joined across gaps of up to `gap`.
QList<Run> runs(const std::vector<int>& counts, int least, int gap)
{
    QList<Run> found;
    for (int i = 0; i < int(counts.size()); ++i) {
        if (counts[size_t(i)] < least)
            continue;
        if (!found.isEmpty() && i - found.last().to <= gap)
            found.last().to = i + 1;
        else
            found.append({i, i + 1});
    }
    return found;
}

} // namespace

std::optional<MrzCells::Lines> MrzCells::split(const QImage& band, int lines, int perLine)
{
    cv::Mat grey = MatImage::grey(band);
    cv::medianBlur(grey, grey, 3);
    cv::Mat ink;
    const int block = std::max(15, (grey.rows / 4) | 1);
    cv::adaptiveThreshold(grey, ink, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, block, 18);

    // Lines: rows with ink in a good share of the band's width.
    std::vector<int> perRow(size_t(ink.rows));
    for (int y = 0; y < ink.rows; ++y)
        perRow[size_t(y)] = cv::countNonZero(ink.row(y));
    const int rowLeast = int(0.08 * ink.cols);
    QList<Run> rows = runs(perRow, rowLeast, 2);
    if (rows.size() < lines)
        return std::nullopt;
    const int tallest = std::max_element(rows.cbegin(), rows.cend(), [](const Run& a, const Run& b) { return a.size() < b.size(); })->size();
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Run& r) { return r.size() < tallest / 2; }), rows.end());
    if (rows.size() < lines)
        return std::nullopt;
    rows = rows.mid(rows.size() - lines);

    Lines result;
    for (const Run& row : std::as_const(rows)) {
        const cv::Mat line = ink.rowRange(row.from, row.to);
        const cv::Mat shade = 255 - grey.rowRange(row.from, row.to);
        std::vector<int> perColumn(size_t(line.cols));
        for (int x = 0; x < line.cols; ++x)
            perColumn[size_t(x)] = cv::countNonZero(line.col(x));
        QList<Run> columns = runs(perColumn, 1, 0);
        // Specks of noise: runs with less ink than a tenth of a line's height squared.
        columns.erase(std::remove_if(columns.begin(), columns.end(),
                                     [&](const Run& r) {
                                         int total = 0;
                                         for (int x = r.from; x < r.to; ++x)
                                             total += perColumn[size_t(x)];
                                         return total < row.size() * row.size() / 10;
                                     }),
                      columns.end());
        if (columns.size() < perLine / 2)
            return std::nullopt;
        // The pitch: the usual distance between neighbouring characters.
        std::vector<double> steps;
        for (qsizetype i = 1; i < columns.size(); ++i)
            steps.push_back((columns[i].from + columns[i].to - columns[i - 1].from - columns[i - 1].to) / 2.0);
        std::nth_element(steps.begin(), steps.begin() + qsizetype(steps.size() / 2), steps.end());
        const double pitch = steps[steps.size() / 2];
        // A character cut in two (runs closer than half a pitch) is joined; a run several pitches
        // wide is cut into as many cells.
        QList<Run> joined;
        for (const Run& r : std::as_const(columns)) {
            if (!joined.isEmpty() && (r.from + r.to - joined.last().from - joined.last().to) / 2.0 < 0.55 * pitch && r.to - joined.last().from < 1.3 * pitch)
                joined.last().to = r.to;
            else
                joined.append(r);
        }
        QList<double> centres;
        for (const Run& r : std::as_const(joined)) {
            const int pieces = std::max(1, int(std::lround(r.size() / pitch)));
            for (int k = 0; k < pieces; ++k)
                centres.append(r.from + (k + 0.5) * r.size() / pieces);
        }
        // Ink beyond the zone's ends (the page's edge, a printed rule) lies more than two pitches off.
        while (centres.size() > perLine && centres[1] - centres[0] > 2 * pitch)
            centres.removeFirst();
        while (centres.size() > perLine && centres.last() - centres[centres.size() - 2] > 2 * pitch)
            centres.removeLast();
        if (centres.size() != perLine)
            return std::nullopt;
        QList<Cell> cells;
        for (double centre : std::as_const(centres)) {
            const int from = std::clamp(int(std::lround(centre - kCellPitches * pitch / 2)), 0, line.cols - 1);
            const int to = std::clamp(int(std::lround(centre + kCellPitches * pitch / 2)), from + 1, line.cols);
            cells.append({line.colRange(from, to).clone(), shade.colRange(from, to).clone()});
        }
        result.append(cells);
    }
    return result;
}

} // namespace madoguchi
