#include "core/sim/DedicatedFile.h"

#include <algorithm>

namespace madoguchi {
namespace {

template <typename List, typename Pred>
auto* findIn(List& list, Pred pred)
{
    const auto it = std::find_if(list.begin(), list.end(), pred);
    return it == list.end() ? nullptr : &*it;
}

} // namespace

DedicatedFile& DedicatedFile::addFile(ElementaryFile file)
{
    m_files.append(std::move(file));
    return *this;
}

DedicatedFile& DedicatedFile::addKey(KeyReference key)
{
    m_keys.append(std::move(key));
    return *this;
}

ElementaryFile* DedicatedFile::fileByFid(quint16 fid)
{
    return findIn(m_files, [fid](const ElementaryFile& f) { return f.fid == fid; });
}

ElementaryFile* DedicatedFile::fileBySfi(quint8 sfi)
{
    return findIn(m_files, [sfi](const ElementaryFile& f) { return f.sfi != 0 && f.sfi == sfi; });
}

KeyReference* DedicatedFile::keyByFid(quint16 fid)
{
    return findIn(m_keys, [fid](const KeyReference& k) { return k.fid == fid; });
}

KeyReference* DedicatedFile::keyBySfi(quint8 sfi)
{
    return findIn(m_keys, [sfi](const KeyReference& k) { return k.sfi != 0 && k.sfi == sfi; });
}

} // namespace madoguchi
