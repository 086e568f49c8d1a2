#include "core/ocr/MrzLocator.h"

#include "core/ocr/MatImage.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace madoguchi {
namespace {

constexpr int kWorkWidth = 1000;        // the frame is searched at this width
constexpr double kMinAspect = 5.0;      // an MRZ band is at least this many times wider than high
constexpr double kMinWidthShare = 0.3;  // …and spans at least this share of the searched picture
constexpr int kBandTextHeight = 110;    // the band's height after straightening (two lines)

} // namespace

std::optional<QImage> MrzLocator::locate(const QImage& frame)
{
    if (frame.isNull())
        return std::nullopt;
    const cv::Mat grey = MatImage::grey(frame);
    const double scale = double(kWorkWidth) / grey.cols;
    cv::Mat small;
    cv::resize(grey, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(3, 3), 0);
    // Dark text on a light page: the black-hat keeps what is darker than its surroundings and
    // narrower than the kernel — characters, not the photo or the page's edge.
    cv::Mat blackhat;
    cv::morphologyEx(small, blackhat, cv::MORPH_BLACKHAT, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(17, 7)));
    // Text has many vertical strokes: the horizontal gradient, closed along the line, joins a
    // line's characters; a second closing joins the lines of the zone into one band.
    cv::Mat gradient;
    cv::Sobel(blackhat, gradient, CV_32F, 1, 0, 3);
    gradient = cv::abs(gradient);
    cv::normalize(gradient, gradient, 0, 255, cv::NORM_MINMAX);
    gradient.convertTo(gradient, CV_8U);
    cv::morphologyEx(gradient, gradient, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(25, 5)));
    cv::Mat mask;
    cv::threshold(gradient, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(21, 21)));
    cv::erode(mask, mask, cv::Mat(), cv::Point(-1, -1), 3);

    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::optional<cv::RotatedRect> best;
    double bestArea = 0;
    for (const auto& contour : contours) {
        cv::RotatedRect box = cv::minAreaRect(contour);
        if (box.size.width < box.size.height) {  // make width the long side
            std::swap(box.size.width, box.size.height);
            box.angle += 90;
        }
        while (box.angle > 45)
            box.angle -= 180;
        while (box.angle < -135)
            box.angle += 180;
        if (box.angle < -45)
            box.angle += 180;
        if (std::abs(box.angle) > 25 || box.size.height < 4 || box.size.width / box.size.height < kMinAspect
            || box.size.width < kMinWidthShare * small.cols)
            continue;
        const double area = double(box.size.width) * box.size.height;
        if (area > bestArea) {
            bestArea = area;
            best = box;
        }
    }
    if (!best)
        return std::nullopt;
    // Back to the frame's pixels, a margin around the band, then turned level and cut out.
    cv::RotatedRect band(best->center / scale, cv::Size2f(best->size.width / scale * 1.08f, best->size.height / scale * 1.6f), best->angle);
    const double out = double(kBandTextHeight) / band.size.height;
    const cv::Size size(int(std::lround(band.size.width * out)), kBandTextHeight);
    cv::Mat rotation = cv::getRotationMatrix2D(band.center, band.angle, out);
    rotation.at<double>(0, 2) += size.width / 2.0 - band.center.x;
    rotation.at<double>(1, 2) += size.height / 2.0 - band.center.y;
    cv::Mat level;
    cv::warpAffine(grey, level, rotation, size, cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    return MatImage::image(level);
}

} // namespace madoguchi
