#pragma once

#include "core/base/Result.h"
#include "core/apdu/TlvError.h"

#include <QByteArrayView>

namespace madoguchi {

class BerTlvReader;

// One BER-TLV data object (ISO/IEC 7816-4 §5.2, X.690 §8.1): views into the buffer it was parsed
// from, which must outlive it. Tags up to three bytes (5F1F, 7F61, DF21, FF20 …); lengths in short
// form or 81/82/83 long form.
class BerTlv
{
public:
    // Reads the data object at the start of `input`; bytes after it are left alone.
    // `baseOffset` is where `input` starts in the outermost buffer, for error positions.
    static Result<BerTlv, TlvError> parse(QByteArrayView input, qsizetype baseOffset = 0);
    // The object keeps views: parsing a temporary buffer would leave them dangling.
    static Result<BerTlv, TlvError> parse(QByteArray&& temporary, qsizetype baseOffset = 0) = delete;

    quint32 tag() const { return m_tag; }
    // X.690 §8.1.2.5: bit 6 of the first tag byte.
    bool isConstructed() const { return (m_tag >> (8 * (m_tagSize - 1)) & 0x20) != 0; }
    QByteArrayView value() const { return m_value; }
    // Tag, length and value as they stand in the buffer.
    QByteArrayView encoded() const { return m_encoded; }
    qsizetype offset() const { return m_offset; }
    qsizetype valueOffset() const { return m_offset + (m_encoded.size() - m_value.size()); }

    // The data objects inside the value (for constructed objects).
    BerTlvReader children() const;

    // Size of tag + length fields of the object starting at `input`, and the total encoded size;
    // lets a file reader learn a file's length from its first few bytes.
    struct Header
    {
        qsizetype headerSize;
        qsizetype totalSize;
    };
    static Result<Header, TlvError> parseHeader(QByteArrayView input, qsizetype baseOffset = 0);

    // Tag (1 to 3 bytes, as written: 0x7F49 is two), length in the shortest form, value.
    static QByteArray encode(quint32 tag, QByteArrayView value);

private:
    BerTlv() = default;

    quint32 m_tag = 0;
    int m_tagSize = 0;
    QByteArrayView m_value;
    QByteArrayView m_encoded;
    qsizetype m_offset = 0;
};

} // namespace madoguchi
