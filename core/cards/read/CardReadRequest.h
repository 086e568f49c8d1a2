#pragma once

#include "core/cards/licence/LicenceReader.h"
#include "core/cards/licence/MyNumberLicenceReader.h"
#include "core/cards/mynumber/MyNumberReader.h"
#include "core/cards/passport/PassportReader.h"
#include "core/cards/residence/ResidenceReader.h"

#include <QDateTime>

#include <functional>

namespace madoguchi {

// One request for whichever document is on the reader: each card kind's credential, and the rules
// every read follows. CardRead uses the part that fits the card and applies allowLastTry, now and
// progress to it. The secrets are SecureBytes: wiped when the request goes.
struct CardReadRequest
{
    // My Number card, and the My Number part of a マイナ免許証 (with its licence PIN).
    MyNumberLicenceReader::Request myNumber;
    LicenceReader::Request licence;
    ResidenceReader::Request residence;
    PassportReader::Request passport;
    // The credential's items that were read off a picture of the document (the MRZ by
    // madoguchi-read --card-image), for the report to say so.
    QStringList fromImage;
    // At one try left, send the credential anyway (staff checked it with the customer).
    bool allowLastTry = false;
    QDateTime now = QDateTime::currentDateTimeUtc();
    // Called on the reading thread as each stage begins ("certificate", "authenticate", "text",
    // "photo", "liveness").
    std::function<void(const QString& stage)> progress;
};

} // namespace madoguchi
