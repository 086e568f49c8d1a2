#pragma once

#include "core/base/Result.h"
#include "core/cards/CardReadOutcome.h"
#include "core/cards/read/CardProbe.h"
#include "core/cards/read/CardReadRequest.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/CardChannel.h"
#include "core/reader/ReaderBackend.h"

#include <QCoreApplication>

namespace madoguchi {

// The one card-read path of madoguchi-read and the kiosk: which reader holds the card, which
// document it is, which credential and key it is read with, and which reader reads it. A new card
// kind is added here (and as a credential form in the kiosk, an option group in madoguchi-read).
class CardRead
{
    Q_DECLARE_TR_FUNCTIONS(CardRead)

public:
    // The first reader whose name contains `filter` (any reader when empty) and holds a card.
    static Result<ReaderInfo, ReaderError> readerWithCard(ReaderBackend& backend, const QString& filter = {});

    // Which document is on `channel`, the credential the visit's purpose calls for and every
    // retry counter it touches (no try is used). `individualNumber`: the purpose is a
    // 個人番号利用事務, the only one for which a My Number card is read with its PIN (mynumber.md §3.1).
    static Result<CardProbe, ReaderError> probe(CardChannel& channel, bool individualNumber);

    // Reads the document `detection` found with the part of `request` that fits it. A card that is
    // no identity document is an Unsupported error with the sentence for staff; a phone placed
    // instead of a card is NoCard (madoguchi-read: exit 3) with its own sentence.
    static Result<CardReadOutcome, ReaderError> read(ApduTransport& card, const CardDetector::Detection& detection, CardReadRequest request,
                                                     const TrustStore& trust);

    // The sentence for staff when this version cannot read the detected document; empty when it can.
    static QString unreadable(const CardDetector::Detection& detection);

    // A document on a My Number card, read with its routes (PIN, 照合番号B, 照合番号A): the card itself
    // and the 07/08 residence cards it may carry.
    static bool isMyNumberCard(DocumentType type);
};

} // namespace madoguchi
