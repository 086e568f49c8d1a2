#pragma once

#include <QImage>

#include <opencv2/core.hpp>

namespace madoguchi {

// Between Qt's images and OpenCV's matrices, 8-bit grey only: copies, so neither side outlives
// the other's buffer.
class MatImage
{
public:
    static cv::Mat grey(const QImage& image);
    static QImage image(const cv::Mat& grey);
};

} // namespace madoguchi
