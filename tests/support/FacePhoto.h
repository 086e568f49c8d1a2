#pragma once

#include "tests/support/CameraShot.h"

#include <QString>

namespace madoguchi {

// A document's face as madoguchi-cardsim --face-image draws it (a card's front, a passport's data
// page), photographed at the counter (CameraShot::atTheCounter), saved as a JPEG in `folder` for
// madoguchi-read --card-image. Empty when cardsim could not draw it.
class FacePhoto
{
public:
    static QString take(const QString& card, const QString& persona, const QString& folder);
};

} // namespace madoguchi
