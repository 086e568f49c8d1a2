#pragma once

#include "tests/support/KioskDriver.h"

#include <QMap>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace madoguchi {

// Drives the kiosk through visit after visit in this process, as staff and customers would, on
// virtual cards: every card kind read to the review (and to the print preview), a passport's MRZ
// typed and read off the counter's camera (a still picture of the data page), a マイナ免許証, a
// wrong 照合番号B, cards taken off mid-read and at the review, a mute card, and (every
// `idleEvery`-th visit) a visit left alone until the idle timeout ends it.
class KioskSoak
{
public:
    explicit KioskSoak(int idleEvery = 100);

    // One visit, of the kind `index` picks; false when it did not end back at step 1 with no
    // session open, or a step did not come within its time.
    bool visit(int index);
    // A My Number card read up to the review, left there: the visit is not ended (the memory
    // search's control).
    bool stayAtReview();
    // How many visits of each kind ran.
    const QMap<QString, int>& kinds() const { return m_kinds; }
    // The names (kanji and Latin) and addresses of the card holders the visits use, for memory searches.
    static QStringList customerTexts();

private:
    // Places yamada-hanako's My Number card (with `fault`), types her 照合番号B and presses Read.
    bool readMyNumber(const char* purpose, const QString& fault = QStringLiteral("none"));
    bool finishAtReview();
    bool ended();

    int m_idleEvery;
    QTemporaryDir m_pictures;  // before m_driver: its camera's picture is made here
    KioskDriver m_driver;
    QMap<QString, int> m_kinds;
};

} // namespace madoguchi
