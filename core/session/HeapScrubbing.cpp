// Every heap block is wiped before glibc gets it back, whoever frees it: Qt's strings and byte
// arrays, OpenJPEG's buffers, OpenSSL's. glibc's own M_PERTURB skips blocks kept in its per-thread
// cache (tcache), and realloc frees the old block internally; so free and realloc are defined here
// and take precedence over libc's for the whole program (symbol interposition). Sanitizer builds
// interpose these functions themselves and keep glibc's.

#include "core/session/HeapScrubbing.h"

// gcc says __SANITIZE_ADDRESS__, clang (the fuzz preset) __has_feature(address_sanitizer).
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MADOGUCHI_ADDRESS_SANITIZER
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MADOGUCHI_ADDRESS_SANITIZER
#endif

#if !defined(MADOGUCHI_ADDRESS_SANITIZER)

#include <malloc.h>
#include <openssl/crypto.h>

#include <cstring>

extern "C" {

void __libc_free(void* p);
void* __libc_malloc(size_t size);

void free(void* p)
{
    if (p) {
        // OPENSSL_cleanse cannot be optimised away; it allocates nothing, so it cannot recurse here.
        OPENSSL_cleanse(p, malloc_usable_size(p));
        __libc_free(p);
    }
}

void* realloc(void* p, size_t size)
{
    if (!p)
        return __libc_malloc(size);
    if (size == 0) {
        free(p);
        return nullptr;
    }
    const size_t old = malloc_usable_size(p);
    if (size <= old)
        return p;  // the block still fits: nothing is copied, nothing left behind
    void* grown = __libc_malloc(size);
    if (!grown)
        return nullptr;
    std::memcpy(grown, p, old);
    free(p);
    return grown;
}

} // extern "C"

bool madoguchi::HeapScrubbing::isActive()
{
    return true;
}

#else

bool madoguchi::HeapScrubbing::isActive()
{
    return false;  // the sanitizer owns free and realloc
}

#endif
