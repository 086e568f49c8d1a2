#pragma once

namespace madoguchi {

// free and realloc that wipe each block before glibc takes it back (HeapScrubbing.cpp).
class HeapScrubbing
{
public:
    // False in sanitizer builds, where the sanitizer's free and realloc are used instead.
    static bool isActive();
};

} // namespace madoguchi
