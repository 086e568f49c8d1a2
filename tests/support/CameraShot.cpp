#include "tests/support/CameraShot.h"

#include <QBuffer>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>

namespace madoguchi {
namespace {

cv::Mat toMat(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    return cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()), size_t(rgb.bytesPerLine())).clone();
}

QImage toImage(const cv::Mat& mat)
{
    return QImage(mat.data, mat.cols, mat.rows, int(mat.step), QImage::Format_RGB888).copy();
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180;
}

} // namespace

CameraShot CameraShot::random(QRandomGenerator& random)
{
    const auto between = [&](double low, double high) { return low + random.generateDouble() * (high - low); };
    CameraShot shot;
    shot.frame = random.bounded(2) ? QSize(1280, 720) : QSize(640, 480);
    shot.fill = between(0.6, 0.9);
    shot.rotation = between(-10, 10);
    shot.tiltX = between(-15, 15);
    shot.tiltY = between(-15, 15);
    shot.blur = between(0, 1.2);
    shot.noise = between(0, 8);
    shot.glare = random.bounded(3) == 0;
    shot.jpegQuality = int(between(30, 80));
    shot.seed = random.generate();
    return shot;
}

CameraShot CameraShot::atTheCounter()
{
    CameraShot shot;
    shot.rotation = 4;
    shot.tiltX = 8;
    shot.tiltY = -5;
    shot.blur = 0.6;
    shot.noise = 3;
    shot.jpegQuality = 60;
    return shot;
}

QImage CameraShot::shoot(const QImage& document) const
{
    cv::RNG rng(seed);
    // The desk: a warm gradient with grain.
    cv::Mat desk(frame.height(), frame.width(), CV_8UC3);
    for (int y = 0; y < desk.rows; ++y)
        for (int x = 0; x < desk.cols; ++x)
            desk.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(70 + 30 * x / desk.cols), uchar(90 + 20 * y / desk.rows), uchar(120));
    // Where the document's corners land: centred, scaled, turned, its far edges shortened by the tilt.
    const cv::Mat page = toMat(document);
    const double width = fill * frame.width();
    const double height = width * page.rows / page.cols;
    const double shrinkX = std::sin(radians(std::abs(tiltX))) * 0.5;
    const double shrinkY = std::sin(radians(std::abs(tiltY))) * 0.5;
    // Corners around the origin: top-left, top-right, bottom-right, bottom-left.
    std::array<cv::Point2d, 4> corners{cv::Point2d(-width / 2, -height / 2), cv::Point2d(width / 2, -height / 2), cv::Point2d(width / 2, height / 2),
                                       cv::Point2d(-width / 2, height / 2)};
    for (auto& c : corners) {
        const bool far = tiltX > 0 ? c.x > 0 : c.x < 0;  // the side leaning away looks shorter
        c.y *= 1 - (far ? shrinkX : 0);
        const bool top = tiltY > 0 ? c.y < 0 : c.y > 0;
        c.x *= 1 - (top ? shrinkY : 0);
    }
    const double angle = radians(rotation);
    std::vector<cv::Point2f> to;
    for (const auto& c : corners)
        to.emplace_back(float(frame.width() / 2.0 + c.x * std::cos(angle) - c.y * std::sin(angle)),
                        float(frame.height() / 2.0 + c.x * std::sin(angle) + c.y * std::cos(angle)));
    const std::vector<cv::Point2f> from{{0, 0}, {float(page.cols), 0}, {float(page.cols), float(page.rows)}, {0, float(page.rows)}};
    cv::warpPerspective(page, desk, cv::getPerspectiveTransform(from, to), desk.size(), cv::INTER_AREA, cv::BORDER_TRANSPARENT);
    if (glare) {
        const cv::Point centre(rng.uniform(desk.cols / 4, desk.cols * 3 / 4), rng.uniform(desk.rows / 4, desk.rows * 3 / 4));
        const int radius = desk.cols / 8;
        for (int y = std::max(0, centre.y - radius); y < std::min(desk.rows, centre.y + radius); ++y)
            for (int x = std::max(0, centre.x - radius); x < std::min(desk.cols, centre.x + radius); ++x) {
                const double d = std::hypot(x - centre.x, y - centre.y) / radius;
                if (d >= 1)
                    continue;
                const double a = 0.75 * (1 - d * d);
                auto& p = desk.at<cv::Vec3b>(y, x);
                for (int k = 0; k < 3; ++k)
                    p[k] = uchar(p[k] + (255 - p[k]) * a);
            }
    }
    if (blur > 0.05)
        cv::GaussianBlur(desk, desk, cv::Size(0, 0), blur);
    if (noise > 0) {
        cv::Mat grain(desk.size(), CV_16SC3);
        rng.fill(grain, cv::RNG::NORMAL, 0, noise);
        cv::Mat wide;
        desk.convertTo(wide, CV_16SC3);
        wide += grain;
        wide.convertTo(desk, CV_8UC3);
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    toImage(desk).save(&buffer, "JPEG", jpegQuality);
    return QImage::fromData(jpeg, "JPEG");
}

} // namespace madoguchi
