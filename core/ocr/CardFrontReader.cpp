#include "core/ocr/CardFrontReader.h"

#include "core/ocr/CardLocator.h"

#include <opencv2/core.hpp>

namespace madoguchi {

Result<SecureBytes, QString> CardFrontReader::readCredential(const QImage& frame)
{
    const auto card = CardLocator::locate(frame);
    if (!card)
        return tr("no card in the picture");
    auto upright = readCard(*card);
    if (upright)
        return upright;
    // The card laid upside down.
    cv::Mat turned;
    cv::rotate(*card, turned, cv::ROTATE_180);
    auto other = readCard(turned);
    return other ? std::move(other) : std::move(upright);
}

} // namespace madoguchi
