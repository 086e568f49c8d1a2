#include "core/sim/HostileLink.h"

#include <QThread>

namespace madoguchi {

namespace {

bool isReadBinary(QByteArrayView command)
{
    // ISO/IEC 7816-4 §11.2.3: B0, and B1 with DO54; the INS stays in the clear under secure messaging.
    return command.size() >= 4 && (quint8(command[1]) == 0xB0 || quint8(command[1]) == 0xB1);
}

} // namespace

HostileLink::HostileLink(std::unique_ptr<ApduResponder> card, SimCardOptions::Fault fault)
    : m_card(std::move(card)), m_fault(fault)
{
}

bool HostileLink::handles(SimCardOptions::Fault fault)
{
    return fault == SimCardOptions::Fault::BadMac || fault == SimCardOptions::Fault::Endless61xx
           || fault == SimCardOptions::Fault::Slow || fault == SimCardOptions::Fault::Mute
           || fault == SimCardOptions::Fault::Removed;
}

void HostileLink::reset()
{
    m_reads = 0;
    m_card->reset();
}

QByteArray HostileLink::respond(QByteArrayView command)
{
    if (!m_present)
        return {};
    if (isReadBinary(command))
        ++m_reads;
    if (m_reads < SimCardOptions::kFirstHostileRead)
        return m_card->respond(command);
    switch (m_fault) {
    case SimCardOptions::Fault::BadMac: {
        QByteArray answer = m_card->respond(command);
        if (answer.size() > 2)
            answer[answer.size() - 3] = char(answer[answer.size() - 3] ^ 0x01);
        return answer;
    }
    case SimCardOptions::Fault::Endless61xx: return QByteArray::fromHex("6110");
    case SimCardOptions::Fault::Slow: QThread::msleep(kSlowAnswerMs); return m_card->respond(command);
    case SimCardOptions::Fault::Mute: return {};
    case SimCardOptions::Fault::Removed: m_present = false; return {};
    default: return m_card->respond(command);
    }
}

} // namespace madoguchi
