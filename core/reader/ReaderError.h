#pragma once

#include <QCoreApplication>

#include "core/apdu/StatusWord.h"

#include <QString>

namespace madoguchi {

// What went wrong between the kiosk and a card, in words a person at the counter can act on
// (CONVENTIONS.md §9). `detail()` carries the technical cause (PC/SC code, status word) for logs;
// neither ever contains customer data.
class ReaderError
{
    Q_DECLARE_TR_FUNCTIONS(ReaderError)

public:
    enum class Kind
    {
        ServiceUnavailable,  // pcscd not running or gone
        NoReader,            // no reader attached, or the named one is missing
        NoCard,              // reader present, no card on it
        CardRemoved,         // card taken away during the operation
        CardMute,            // card does not answer, or answers garbage at the transport level
        ReaderBusy,          // another program holds the reader exclusively
        Unsupported,         // the reader or card cannot do what was asked (protocol, extended length)
        ReaderLimit,         // this reader cannot carry what this card needs (long answers): another reader can
        Timeout,             // no answer within the time limit
        CardRefused,         // the card answered with an error status word
        Malformed,           // the card's data does not follow its specification
        Internal,            // anything else from the PC/SC layer
    };

    ReaderError(Kind kind, QString detail = {}) : m_kind(kind), m_detail(std::move(detail)) {}
    static ReaderError refused(StatusWord sw, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString& detail() const { return m_detail; }
    StatusWord statusWord() const { return m_sw; }

    // The sentence for staff, translated; what happened and what to do.
    QString message() const;
    // Stable identifier for JSON and logs, e.g. "service-unavailable".
    QString code() const;
    // message() followed by the technical detail in brackets.
    QString describe() const;

private:
    Kind m_kind;
    QString m_detail;
    StatusWord m_sw;
};

} // namespace madoguchi
