#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>

namespace madoguchi {

// What real chips and readers do that the specs leave open, as public reader projects report it;
// a virtual card can have any of them at once (madoguchi-cardsim --quirk, madoguchi-read --sim
// TYPE:PERSONA:FAULT:QUIRK,…). They are no faults: a reader that follows the specs reads such a
// card completely.
struct SimQuirks
{
    // cap=N: a READ BINARY answer carries at most N bytes, with 9000 (JICSAP lets a card return
    // fewer bytes than asked; some contactless reader paths cannot carry a 256-byte answer).
    int answerCap = 0;
    // refuse-above=N: a READ BINARY asking for more than N bytes is answered 6700 (passport chips
    // that refuse reads of more than 160 bytes even in short APDUs).
    int largestRead = 0;
    // eof-warning: a read that reaches the end of the file with fewer bytes than asked answers 6282
    // (ISO/IEC 7816-4 table 6) instead of 9000.
    bool endOfFileWarning = false;
    // select-le-refused: a SELECT or MSE that carries an Le is answered 6700 (passport.md §2, §7:
    // German documents, NFCPassportReader PR #153).
    bool selectLeRefused = false;
    // slow=MS: every answer is held back MS milliseconds (a slow chip, a slow contactless link).
    int delayMs = 0;
    // slow-pace=MS: each PACE or chip-authentication step (GENERAL AUTHENTICATE) answers after MS
    // milliseconds (passport.md §6: PACE with AES-256 took about 6.6 s on one reported chip).
    int paceDelayMs = 0;

    // A comma-separated list of the forms above; "no-extended-length" is the card option of that
    // name and is left to the caller (`extendedLength` is set false).
    static Result<SimQuirks, QString> parse(const QString& list, bool* extendedLength);
    static QStringList names();
};

} // namespace madoguchi
