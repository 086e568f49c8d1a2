#include "core/apdu/TlvError.h"

#include <QCoreApplication>

namespace madoguchi {

QString TlvError::message() const
{
    const QString tag = QString::number(m_tag, 16).toUpper();
    switch (m_kind) {
    case Kind::Truncated: return tr("BER-TLV: data ends inside a tag or length at byte %1").arg(m_offset);
    case Kind::MalformedTag: return tr("BER-TLV: malformed multi-byte tag at byte %1").arg(m_offset);
    case Kind::TagTooLong: return tr("BER-TLV: tag longer than three bytes at byte %1").arg(m_offset);
    case Kind::IndefiniteLength: return tr("BER-TLV: indefinite length at byte %1").arg(m_offset);
    case Kind::LengthTooLong: return tr("BER-TLV: length field too long at byte %1").arg(m_offset);
    case Kind::ValueOverruns: return tr("BER-TLV: value of tag %1 overruns the data at byte %2").arg(tag).arg(m_offset);
    case Kind::NotFound: return tr("BER-TLV: tag %1 not found").arg(tag);
    }
    return {};
}

} // namespace madoguchi
