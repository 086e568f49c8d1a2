#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

namespace madoguchi {

// The 12-character number printed on a residence card or special permanent resident certificate:
// 2 letters, 8 digits, 2 letters (residence-card.md §B2). It is the card's access key, so it is
// checked before anything is sent: a wrong one costs a failed authentication on the card.
class ResidenceCardNumber
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceCardNumber)

public:
    // Full-width characters (ＡＢ１２…), lower case and surrounding spaces are accepted as typed
    // and normalised (NFKC, upper case); the result is the ASCII the card keys are made from.
    // Anything else is refused with a sentence for staff.
    static Result<QByteArray, QString> normalize(const QString& typed);
};

} // namespace madoguchi
