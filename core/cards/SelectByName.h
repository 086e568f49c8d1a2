#pragma once

#include "core/base/Result.h"
#include "core/reader/ApduTransport.h"

#include <QByteArray>

namespace madoguchi {

// SELECT of an application (DF) by its name: 00 A4 04 0C Lc AID, no Le. P2 0C asks for no FCI,
// which every card here answers with 9000 alone (mynumber.md §1, drivers-licence.md §A1,
// residence-card.md §B1); passport.md §7: an Le on SELECT breaks some documents.
class SelectByName
{
public:
    // True on 9000, false on any refusal; an error only when the link itself failed.
    static Result<bool, ReaderError> probe(ApduTransport& transport, const QByteArray& aid);
    // The application must be there: a refusal is an error naming the AID and the status word.
    static Result<bool, ReaderError> require(ApduTransport& transport, const QByteArray& aid);
};

} // namespace madoguchi
