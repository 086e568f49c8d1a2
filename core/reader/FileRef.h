#pragma once

#include <QtGlobal>

namespace madoguchi {

// How a READ addresses an elementary file (ISO/IEC 7816-4 §7.2.2): the current EF, a short file
// identifier in P1 (which also selects it), or a file identifier selected first.
class FileRef
{
public:
    enum class Kind
    {
        Current,
        Sfi,
        Fid,
    };

    static FileRef current() { return FileRef(Kind::Current, 0); }
    // ISO/IEC 7816-4 §7.2.2: SFI 1..30 in bits 1-5 of P1 with bit 8 set.
    static FileRef sfi(quint8 sfi) { return FileRef(Kind::Sfi, sfi); }
    static FileRef fid(quint16 fid) { return FileRef(Kind::Fid, fid); }

    Kind kind() const { return m_kind; }
    quint16 id() const { return m_id; }

private:
    FileRef(Kind kind, quint16 id) : m_kind(kind), m_id(id) {}

    Kind m_kind;
    quint16 m_id;
};

} // namespace madoguchi
