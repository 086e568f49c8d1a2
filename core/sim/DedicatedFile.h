#pragma once

#include "core/sim/ElementaryFile.h"
#include "core/sim/KeyReference.h"

#include <QByteArray>
#include <QList>

namespace madoguchi {

// A DF (application) of a virtual card: selectable by AID, holding EFs and key references.
// The MF is a DedicatedFile with an empty AID.
class DedicatedFile
{
public:
    explicit DedicatedFile(QByteArray aid = {}) : m_aid(std::move(aid)) {}

    const QByteArray& aid() const { return m_aid; }

    DedicatedFile& addFile(ElementaryFile file);
    DedicatedFile& addKey(KeyReference key);

    ElementaryFile* fileByFid(quint16 fid);
    ElementaryFile* fileBySfi(quint8 sfi);
    KeyReference* keyByFid(quint16 fid);
    KeyReference* keyBySfi(quint8 sfi);
    const QList<ElementaryFile>& files() const { return m_files; }

private:
    QByteArray m_aid;
    QList<ElementaryFile> m_files;
    QList<KeyReference> m_keys;
};

} // namespace madoguchi
