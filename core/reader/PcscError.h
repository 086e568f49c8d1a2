#pragma once

#include "core/reader/ReaderError.h"

#include <winscard.h>

namespace madoguchi {

// Maps a PC/SC return code to an error a person can act on; the code itself goes into the detail.
class PcscError
{
public:
    static ReaderError toReaderError(LONG rv, const char* call);
    // The daemon is gone or was never there: the context must be established anew.
    static bool isServiceLost(LONG rv);
};

} // namespace madoguchi
