#pragma once

#include <QCoreApplication>

#include <QString>
#include <QtGlobal>

namespace madoguchi {

// Why a BER-TLV structure could not be read, and where (byte offset from the start of the buffer
// the outermost reader was given).
class TlvError
{
    Q_DECLARE_TR_FUNCTIONS(TlvError)

public:
    enum class Kind
    {
        Truncated,          // the buffer ends inside a tag or length field
        MalformedTag,       // a multi-byte tag with a non-minimal (80) first subsequent byte
        TagTooLong,         // more than three tag bytes
        IndefiniteLength,   // length byte 80: not allowed in ISO/IEC 7816 data objects
        LengthTooLong,      // length field of more than three length bytes (84 and up)
        ValueOverruns,      // the length says more bytes than the buffer holds
        NotFound,           // a required tag is absent
    };

    TlvError(Kind kind, qsizetype offset, quint32 tag = 0) : m_kind(kind), m_offset(offset), m_tag(tag) {}

    Kind kind() const { return m_kind; }
    qsizetype offset() const { return m_offset; }
    quint32 tag() const { return m_tag; }

    // e.g. "BER-TLV: value of tag DF22 overruns the data at byte 14"
    QString message() const;

private:
    Kind m_kind;
    qsizetype m_offset;
    quint32 m_tag;
};

} // namespace madoguchi
