#pragma once

#include <QImage>
#include <QRectF>

#include <opencv2/core.hpp>

#include <optional>

namespace madoguchi {

// An ID-1 card (ISO/IEC 7810: 85.60 × 53.98 mm) found in a photo and straightened: the largest
// four-cornered outline whose sides are in about the card's proportion (after perspective), its
// corners mapped onto a flat card of kPixelsPerMm (OpenCV: contours, polygon approximation,
// perspective warp). The long side comes out horizontal; whether the card is upright or upside
// down is for the caller to find out (a field that reads only one way).
class CardLocator
{
public:
    static constexpr double kPixelsPerMm = 10;
    static constexpr double kWidthMm = 85.60;
    static constexpr double kHeightMm = 53.98;

    // Grey, kWidthMm × kHeightMm at kPixelsPerMm; nothing when no card outline is in the frame.
    static std::optional<cv::Mat> locate(const QImage& frame);
    // The part of a located card within `mm` (from its top-left corner), clipped to the card,
    // enlarged `scale` times (Tesseract reads small print better enlarged: bench_ocr).
    static cv::Mat region(const cv::Mat& card, const QRectF& mm, double scale = 1);
};

} // namespace madoguchi
