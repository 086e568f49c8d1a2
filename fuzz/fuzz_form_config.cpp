// What municipal IT may override: form templates and the purposes catalogue (JSON).
#include "core/forms/FormTemplate.h"
#include "core/forms/PurposeCatalog.h"
#include "fuzz/FuzzInput.h"

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, 2);
    const QByteArray json = input.payload.toByteArray();
    switch (input.choice) {
    case 0: (void)FormTemplate::fromJson(json); break;
    case 1: (void)PurposeCatalog::fromJson(json); break;
    }
    return 0;
}
