#include "core/sim/HostileAnswers.h"

namespace madoguchi {

HostileAnswers::HostileAnswers(SimCardOptions::Fault fault) : m_fault(handles(fault) ? fault : SimCardOptions::Fault::None) {}

bool HostileAnswers::handles(SimCardOptions::Fault fault)
{
    return fault == SimCardOptions::Fault::TruncatedResponse || fault == SimCardOptions::Fault::OverlongLength
           || fault == SimCardOptions::Fault::WrongStatus;
}

ResponseApdu HostileAnswers::spoilRead(ResponseApdu answer, qsizetype offset)
{
    if (m_fault == SimCardOptions::Fault::None || ++m_reads < SimCardOptions::kFirstHostileRead || !answer.isSuccess())
        return answer;
    switch (m_fault) {
    case SimCardOptions::Fault::TruncatedResponse:
        // ISO/IEC 7816-4 table 6: 6282, end of file reached before Le bytes.
        return ResponseApdu(answer.data().left(answer.data().size() / 2), StatusWord(StatusWord::kEndOfFileReached));
    case SimCardOptions::Fault::OverlongLength:
        return offset == 0 ? ResponseApdu(claimOverlongLength(answer.data()), answer.sw()) : answer;
    case SimCardOptions::Fault::WrongStatus:
        return ResponseApdu(StatusWord(StatusWord::kNoPreciseDiagnosis));
    default:
        return answer;
    }
}

QByteArray HostileAnswers::claimOverlongLength(QByteArray data)
{
    // X.690 §8.1.2: a first tag byte xxx11111 continues while the next bytes have bit 8 set.
    qsizetype at = 1;
    if (!data.isEmpty() && (quint8(data[0]) & 0x1F) == 0x1F)
        while (at < data.size() && (quint8(data[at++]) & 0x80) != 0) {
        }
    if (at >= data.size())
        return data;
    // §8.1.3: the largest length the form in place can say (7F, 81 FF, 82 FFFF, 83 FFFFFF).
    const quint8 first = quint8(data[at]);
    if (first < 0x80) {
        data[at] = char(0x7F);
        return data;
    }
    for (qsizetype i = 1; i <= (first & 0x7F) && at + i < data.size(); ++i)
        data[at + i] = char(0xFF);
    return data;
}

} // namespace madoguchi
