#pragma once

#include "core/apdu/BerTlv.h"

namespace madoguchi {

// Walks the sibling data objects of a buffer without copying. Card files are often longer than the
// objects they hold; `Filler` says which trailing bytes count as padding (ISO/IEC 7816-4 §5.2.2.2
// allows 00 or FF around data objects; the cards in shared/specs pad with one or the other).
class BerTlvReader
{
public:
    enum class Filler
    {
        None,       // every byte must belong to a data object
        Zero,       // trailing 00 bytes are padding
        ZeroOrFf,   // trailing 00 or FF bytes are padding
    };

    explicit BerTlvReader(QByteArrayView input, qsizetype baseOffset = 0, Filler filler = Filler::None);
    // The reader keeps views: a temporary buffer would be gone before the first next().
    BerTlvReader(QByteArray&& temporary, qsizetype baseOffset = 0, Filler filler = Filler::None) = delete;

    // True when nothing but padding is left.
    bool atEnd() const;
    Result<BerTlv, TlvError> next();
    // The next sibling with `tag`, skipping others; NotFound when none is left.
    Result<BerTlv, TlvError> find(quint32 tag);

private:
    QByteArrayView m_input;
    qsizetype m_pos = 0;
    qsizetype m_base = 0;
    Filler m_filler;
};

} // namespace madoguchi
