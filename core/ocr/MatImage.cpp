#include "core/ocr/MatImage.h"

namespace madoguchi {

cv::Mat MatImage::grey(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(grey.height(), grey.width(), CV_8UC1, const_cast<uchar*>(grey.constBits()), size_t(grey.bytesPerLine())).clone();
}

QImage MatImage::image(const cv::Mat& grey)
{
    return QImage(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8).copy();
}

} // namespace madoguchi
