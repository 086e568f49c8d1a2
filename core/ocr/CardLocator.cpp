#include "core/ocr/CardLocator.h"

#include "core/ocr/MatImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace madoguchi {
namespace {

constexpr int kWorkWidth = 640;          // outlines are looked for at this width: enough, and fast
constexpr double kMinAreaShare = 0.08;   // a card nearer than this would be too small to read
constexpr double kMinAspect = 1.25;      // ID-1 is 1.586; seen at ±15° and with perspective, less or more
constexpr double kMaxAspect = 2.0;
constexpr double kMaxAreaShare = 0.97;  // an outline as large as the frame is the frame, not a card
// A scan cut to the card has no outline to find: the whole picture is the card when it has the card's
// proportions (1.586, within a few per cent).
constexpr double kScanMinAspect = 1.52;
constexpr double kScanMaxAspect = 1.65;

double distance(const cv::Point2f& a, const cv::Point2f& b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

// Four corners in the order top-left, top-right, bottom-right, bottom-left of the card lying with
// its long side along the first edge.
std::array<cv::Point2f, 4> ordered(const std::vector<cv::Point>& quad)
{
    std::array<cv::Point2f, 4> corners;
    cv::Point2f centre(0, 0);
    for (int i = 0; i < 4; ++i) {
        corners[size_t(i)] = cv::Point2f(quad[size_t(i)]);
        centre += corners[size_t(i)] * 0.25f;
    }
    // Clockwise (y down) from the corner up and to the left of the centre.
    std::sort(corners.begin(), corners.end(), [&](const cv::Point2f& a, const cv::Point2f& b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) < std::atan2(b.y - centre.y, b.x - centre.x);
    });
    // atan2 order starts at the left (−π): rotate so the first is the top-left-most.
    const auto first = std::min_element(corners.begin(), corners.end(), [](const cv::Point2f& a, const cv::Point2f& b) { return a.x + a.y < b.x + b.y; });
    std::rotate(corners.begin(), first, corners.end());
    // A card standing on its short side: start one corner on, so the first edge is a long one.
    if (distance(corners[0], corners[1]) + distance(corners[2], corners[3]) < distance(corners[1], corners[2]) + distance(corners[3], corners[0]))
        std::rotate(corners.begin(), corners.begin() + 1, corners.end());
    return corners;
}

std::optional<std::vector<cv::Point>> cardOutline(const cv::Mat& mask, double frameArea)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    // Largest first; each outline's area computed once (an edge mask gives hundreds of outlines).
    std::vector<std::pair<double, size_t>> bySize;
    for (size_t i = 0; i < contours.size(); ++i)
        bySize.emplace_back(cv::contourArea(contours[i]), i);
    std::sort(bySize.begin(), bySize.end(), std::greater<>());
    for (const auto& [area, index] : bySize) {
        if (area < kMinAreaShare * frameArea)
            break;
        if (area > kMaxAreaShare * frameArea)
            continue;
        const auto& contour = contours[index];
        std::vector<cv::Point> hull;
        cv::convexHull(contour, hull);
        // A glare patch or a finger bites into the outline: widen the tolerance until four corners remain.
        const double perimeter = cv::arcLength(hull, true);
        for (double epsilon = 0.02; epsilon <= 0.08; epsilon += 0.01) {
            std::vector<cv::Point> quad;
            cv::approxPolyDP(hull, quad, epsilon * perimeter, true);
            if (quad.size() < 4)
                break;
            if (quad.size() > 4)
                continue;
            const auto c = ordered(quad);
            const double longSide = (distance(c[0], c[1]) + distance(c[2], c[3])) / 2;
            const double shortSide = (distance(c[1], c[2]) + distance(c[3], c[0])) / 2;
            const double aspect = longSide / std::max(1.0, shortSide);
            if (aspect >= kMinAspect && aspect <= kMaxAspect)
                return quad;
            break;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<cv::Mat> CardLocator::locate(const QImage& frame)
{
    const cv::Mat grey = MatImage::grey(frame);
    if (grey.empty())
        return std::nullopt;
    const double scale = std::min(1.0, double(kWorkWidth) / grey.cols);
    cv::Mat small;
    cv::resize(grey, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(5, 5), 0);
    // The card against the desk: first by brightness (a pale card on a darker desk), then by its
    // edges (a desk as pale as the card).
    cv::Mat mask;
    cv::threshold(small, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(9, 9)));
    auto outline = cardOutline(mask, double(small.total()));
    if (!outline) {
        cv::Mat edges;
        cv::Canny(small, edges, 40, 120);
        cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
        outline = cardOutline(edges, double(small.total()));
    }
    std::vector<cv::Point2f> from;
    if (outline) {
        for (const auto& c : ordered(*outline))
            from.push_back(c * float(1 / scale));
    } else {
        const double aspect = double(grey.cols) / grey.rows;
        if (aspect < kScanMinAspect || aspect > kScanMaxAspect)
            return std::nullopt;
        const float w = float(grey.cols);
        const float h = float(grey.rows);
        from = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    }
    const float width = float(kWidthMm * kPixelsPerMm);
    const float height = float(kHeightMm * kPixelsPerMm);
    const std::vector<cv::Point2f> to{{0, 0}, {width, 0}, {width, height}, {0, height}};
    cv::Mat card;
    cv::warpPerspective(grey, card, cv::getPerspectiveTransform(from, to), cv::Size(qRound(width), qRound(height)), cv::INTER_LINEAR,
                        cv::BORDER_REPLICATE);
    return card;
}

cv::Mat CardLocator::region(const cv::Mat& card, const QRectF& mm, double scale)
{
    const cv::Rect wanted(int(mm.x() * kPixelsPerMm), int(mm.y() * kPixelsPerMm), int(mm.width() * kPixelsPerMm), int(mm.height() * kPixelsPerMm));
    const cv::Mat part = card(wanted & cv::Rect(0, 0, card.cols, card.rows));
    if (scale == 1)
        return part;
    cv::Mat enlarged;
    cv::resize(part, enlarged, cv::Size(), scale, scale, cv::INTER_CUBIC);
    return enlarged;
}

} // namespace madoguchi
