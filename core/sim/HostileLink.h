#pragma once

#include "core/reader/ApduResponder.h"
#include "core/sim/SimCardOptions.h"

#include <atomic>
#include <memory>

namespace madoguchi {

// A virtual card whose link goes wrong mid-read: wraps the card and, from the second READ BINARY
// (B0/B1, protected or not) of a session on,
//   bad-mac       flips the last byte before the status word — on a passport the last byte of the
//                 DO8E checksum that closes every protected answer (passport.md §2);
//   endless-61xx  answers every command, GET RESPONSE included, 61 10 (ISO/IEC 7816-4 §5.3.2);
//   slow          holds each answer back kSlowAnswer;
//   mute          answers nothing at all (no status word: a reader waits until its time limit);
//   removed       leaves the reader: no answer, and present() is false from then on.
class HostileLink : public ApduResponder
{
public:
    static constexpr int kSlowAnswerMs = 400;

    HostileLink(std::unique_ptr<ApduResponder> card, SimCardOptions::Fault fault);
    static bool handles(SimCardOptions::Fault fault);

    QByteArray atr() const override { return m_card->atr(); }
    void reset() override;
    QByteArray respond(QByteArrayView command) override;
    bool present() const override { return m_present; }

private:
    std::unique_ptr<ApduResponder> m_card;
    SimCardOptions::Fault m_fault;
    int m_reads = 0;
    std::atomic<bool> m_present = true;
};

} // namespace madoguchi
