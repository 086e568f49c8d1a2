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
        // Residence cards of types 07/08 live on the My Number platform (residence-card.md §B5): the
        // card answered the 在留 AP. `residenceCardType` is its C1 code ("07", "08"), empty when the
        // AP-level file could not be read (the card is then read as a My Number card only).
        bool residenceOnMyNumberPlatform = false;
        QByteArray residenceCardType;
        // Not a card: a phone answering with its JPKI application (token "JPKIAPIOSTOKEN" iPhone,
        // "JPKIAPGPSETOKEN" Android), a mobile document (ISO/IEC 18013-5) or an NDEF tag.
        QString phone;  // "iphone-jpki", "android-jpki", "mdoc", "ndef"; empty for a card
        // The My Number platform answered (JPKI) but none of the applications this version reads:
        // a card of a kind not supported yet (e.g. the next-generation card).
        bool unknownMyNumberPlatform = false;

        // The document as the readers, the kiosk and the report take it: MyNumberLicence for a My
        // Number card that holds its owner's driving licence (マイナ免許証), else `type`.
        DocumentType document() const;
    };

    explicit CardDetector(ApduTransport& transport) : m_transport(transport) {}

    Result<Detection, ReaderError> detect();

private:
    // The C1 card type under the 在留 AP (residence-card-0708.md §1, §2 [U]: SFI 0A as on 05/06).
    Result<QByteArray, ReaderError> residenceCardType();
    // What the JPKI application's token information (mynumber.md §5, EF 0006) says it is.
    Result<QString, ReaderError> jpkiToken();
    // A My Number card's own applications (text AP, 券面AP): the platform alone is not enough.
    Result<bool, ReaderError> hasMyNumberApplications();

    ApduTransport& m_transport;
};

} // namespace madoguchi
