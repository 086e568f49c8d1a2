#include "core/session/ProcessHardening.h"

#include "core/base/Logging.h"

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

} // namespace madoguchi
