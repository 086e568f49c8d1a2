#pragma once

#include <QString>

namespace madoguchi {

// What this process holds now, as the kernel counts it: resident memory, open file descriptors,
// threads, and the bytes in use on /dev/shm (where printing's temporary files go).
struct ProcessFigures
{
    qint64 rssKiB = 0;
    int fileDescriptors = 0;
    int threads = 0;
    qint64 shmKiB = 0;

    static ProcessFigures now();
    QString toString() const;
};

} // namespace madoguchi
