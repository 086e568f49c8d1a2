#pragma once

#include "core/cards/DocumentType.h"
#include "core/cards/mynumber/MyNumberReader.h"
#include "core/cards/read/CardDetector.h"

#include <optional>

namespace madoguchi {

// What is on the reader before anything is asked of the customer: the document, the credential it
// will be read with, and every retry counter that credential touches, read without using a try.
struct CardProbe
{
    QString reader;
    CardDetector::Detection detection;
    bool pinPad = false;  // the reader has its own PIN keypad (PC/SC part 10)
    // My Number card (and マイナ免許証): the route CardRead chose for the purpose.
    MyNumberReader::Request::Route myNumberRoute = MyNumberReader::Request::Route::None;
    // My Number card: the route's key in the text AP; licence: PIN1. Unknown when not read.
    std::optional<int> triesLeft;
    // Licence: PIN2; マイナ免許証: the licence PIN.
    std::optional<int> secondTriesLeft;
    // Licence and マイナ免許証: false when the holder set no PIN (the default PIN opens it);
    // unknown when the setting could not be read (then only a typed PIN is ever sent).
    std::optional<bool> pinSet;
    // Set when this version cannot read the document on the reader: the sentence for staff.
    QString unreadable;

    // The document as the kiosk names it (CardDetector::Detection::document).
    DocumentType document() const { return detection.document(); }
};

} // namespace madoguchi
