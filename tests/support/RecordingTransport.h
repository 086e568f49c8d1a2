#pragma once

#include "core/reader/ApduTransport.h"

#include <QList>

namespace madoguchi {

// Passes commands through to another transport and keeps every command's bytes, so that a test
// can pin the APDUs a reader sends to the ones its specification gives.
class RecordingTransport : public ApduTransport
{
public:
    explicit RecordingTransport(ApduTransport& inner) : m_inner(inner) {}

    Result<ResponseApdu, ReaderError> transmit(const CommandApdu& command) override
    {
        m_commands.append(command.encode());
        return m_inner.transmit(command);
    }
    int maxLe() const override { return m_inner.maxLe(); }
    bool disableExtendedLength() override { return m_inner.disableExtendedLength(); }
    bool reduceReadSize(int refusedLe) override { return m_inner.reduceReadSize(refusedLe); }

    const QList<QByteArray>& commands() const { return m_commands; }
    // The commands whose bytes start with `prefix` (hex, spaces allowed).
    QList<QByteArray> startingWith(const char* prefixHex) const
    {
        const QByteArray prefix = QByteArray::fromHex(prefixHex);
        QList<QByteArray> out;
        for (const QByteArray& command : m_commands)
            if (command.startsWith(prefix))
                out.append(command);
        return out;
    }

private:
    ApduTransport& m_inner;
    QList<QByteArray> m_commands;
};

} // namespace madoguchi
