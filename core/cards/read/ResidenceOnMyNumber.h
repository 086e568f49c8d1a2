#pragma once

#include "core/base/Result.h"
#include "core/cards/CardReadOutcome.h"
#include "core/cards/read/CardDetector.h"

#include <QCoreApplication>

namespace madoguchi {

// A 07/08 card (residence-card-0708.md) is read twice: as the My Number card it is (the identity,
// verified against J-LIS) and through its 在留 AP (the residence items, under their own session and
// ZairyuCard CA2 signature). This puts the second read into the first: its checks as
// "residence-…", its counter as "residence-card-number", and its items only when their signature
// and certificate both passed and they name the same holder (birth date, sex). Whatever stops the residence read becomes one not-checked
// "residence-items" line saying why; the My Number identity stays.
class ResidenceOnMyNumber
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceOnMyNumber)

public:
    static inline const QString kItemsCheck = QStringLiteral("residence-items");
    static inline const QString kCheckPrefix = QStringLiteral("residence-");
    static inline const QString kCounter = QStringLiteral("residence-card-number");

    static void merge(CardReadOutcome& out, const CardDetector::Detection& detection, const Result<CardReadOutcome, ReaderError>& residence);
    // Errors that end the whole read (the card or reader went away); the others only the residence part.
    static bool endsTheRead(const ReaderError& error);

private:
    static void notRead(CardReadOutcome& out, const QString& why);
};

} // namespace madoguchi
