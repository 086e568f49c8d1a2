#pragma once

#include "core/base/Result.h"
#include "core/cards/DocumentType.h"
#include "core/reader/ApduTransport.h"

#include <QStringList>

namespace madoguchi {

// Tells what document a card is by SELECTing the applications each specification names — never by
// ATR (mynumber.md §10.1: five contact ATRs, and contactless ATRs that depend on the reader).
class CardDetector
{
public:
    struct Detection
    {
        DocumentType type = DocumentType::Unknown;
        // Applications that answered 9000, by name ("jpki", "licence-on-mynumber", …).
        QStringList applications;
        // Residence cards of types 07/08 live on the My Number platform (residence-card.md §B5).
        bool residenceOnMyNumberPlatform = false;

        // The document as the readers, the kiosk and the report take it: MyNumberLicence for a My
        // Number card that holds its owner's driving licence (マイナ免許証), else `type`.
        DocumentType document() const;
    };

    explicit CardDetector(ApduTransport& transport) : m_transport(transport) {}

    Result<Detection, ReaderError> detect();

private:
    ApduTransport& m_transport;
};

} // namespace madoguchi
