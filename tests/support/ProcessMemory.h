#pragma once

#include <QByteArray>

namespace madoguchi {

// The writable private memory of process `pid` (heap, stacks, anonymous mappings), read through
// /proc: where a program's own data lives. Read-only library data (ICU's dictionary holds common
// names of its own) is left out.
QByteArray writableMemory(qint64 pid);
// A QString's UTF-16 code units as they lie in memory (QString's own form).
QByteArray utf16Bytes(const QString& text);

} // namespace madoguchi
