#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi {

// Decides what a photographed machine-readable zone (TD3 or TD1) says from what the recogniser
// could not tell apart. Each position comes with its candidate characters, best first: one when the
// recogniser was sure, more when others matched nearly as well. Every combination of the checked
// lines' candidates is tried against every check digit (MrzKey::fromLines, ICAO 9303-3 §4.9);
// exactly one must pass. Two that pass — 0/U, 1/L and 6/G differ by a multiple of 10 and no check digit sees
// them — are refused, never guessed between: a frame that gives nothing is better than a wrong key.
class MrzCorrection
{
    Q_DECLARE_TR_FUNCTIONS(MrzCorrection)

public:
    static constexpr int kMaxCombinations = 4096;

    // `candidates`: two lines of 44 positions (a passport, TD3), each the characters it may be, best
    // first. The two lines, 44 characters each.
    static Result<QStringList, QString> td3(const QList<QStringList>& candidates);
    // Three lines of 30 (an ID card, TD1, ICAO 9303-5): the document number on line 1, the dates
    // and the composite on line 2, the name on line 3.
    static Result<QStringList, QString> td1(const QList<QStringList>& candidates);
};

} // namespace madoguchi
