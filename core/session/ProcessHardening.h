#pragma once

namespace madoguchi {

// Process-wide protections every program applies first thing in main() (CONVENTIONS.md: KeePassXC).
class ProcessHardening
{
public:
    // No core file may carry customer data to disk: RLIMIT_CORE 0 and PR_SET_DUMPABLE 0 (which
    // also keeps other unprivileged processes from reading this one's memory).
    // Returns false when either could not be set.
    static bool disableCoreDumps();
};

} // namespace madoguchi
