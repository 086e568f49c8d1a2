#include "core/session/ProcessHardening.h"

#include <cstring>

#include "core/base/Logging.h"
#include "core/session/HeapScrubbing.h"

#include <alloca.h>
#include <malloc.h>
#include <openssl/crypto.h>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace madoguchi {

bool ProcessHardening::disableCoreDumps()
{
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    if (!limited || !undumpable)
        qCWarning(lcSession) << "could not disable core dumps: rlimit" << limited << "dumpable" << !undumpable;
    return limited && undumpable;
}

bool ProcessHardening::scrubFreedMemory()
{
    // Any non-zero byte: freed memory is filled with it, new memory with its complement.
    constexpr int kPerturbByte = 0x5A;
    const bool ok = mallopt(M_PERTURB, kPerturbByte) == 1 && HeapScrubbing::isActive();
    if (!ok)
        qCWarning(lcSession) << "could not make the allocator scrub freed memory";
    return ok;
}

void ProcessHardening::scrubStack()
{
    // 256 KiB: deeper than the read path's frames (Qt text, JSON, OpenJPEG) go, well inside the
    // 8 MiB default stack.
    constexpr size_t kDepth = 256 * 1024;
    volatile unsigned char* area = static_cast<unsigned char*>(alloca(kDepth));
    OPENSSL_cleanse(const_cast<unsigned char*>(area), kDepth);
}

void ProcessHardening::wipeArguments(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (argv[i])
            OPENSSL_cleanse(argv[i], std::strlen(argv[i]));
}

} // namespace madoguchi
