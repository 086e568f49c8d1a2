#pragma once

#include "core/apdu/ResponseApdu.h"
#include "core/sim/SimCardOptions.h"

namespace madoguchi {

// A virtual card whose file answers go wrong mid-read, inside any secure messaging (the card's own
// logic is at fault, not the link): from the second READ BINARY of a session on,
//   truncated-response  each answer carries half the data it should, with 6282: the card says the
//                       file ended there (a short answer with 9000 is no fault: readers read on);
//   overlong-length     a file's first bytes (offset 0) claim a length far beyond the file;
//   wrong-status        each READ BINARY is answered 6F00 (no precise diagnosis, ISO/IEC 7816-4 §5.6).
// The first read stays good, so the failure comes after the credential was accepted.
class HostileAnswers
{
public:
    // The file faults among the simulator's faults; others leave answers alone.
    explicit HostileAnswers(SimCardOptions::Fault fault = SimCardOptions::Fault::None);
    static bool handles(SimCardOptions::Fault fault);

    // Applied by VirtualCard to each READ BINARY answer; `offset` is where the read started.
    ResponseApdu spoilRead(ResponseApdu answer, qsizetype offset);
    // Power cycle: the count of reads starts again.
    void reset() { m_reads = 0; }

private:
    static QByteArray claimOverlongLength(QByteArray data);

    SimCardOptions::Fault m_fault;
    int m_reads = 0;
};

} // namespace madoguchi
