#pragma once

#include "core/forms/FormData.h"
#include "core/forms/FormTemplate.h"

namespace madoguchi {

// One page to print: a template and the data filled into it.
struct FormPage
{
    FormTemplate form;
    FormData data;
};

} // namespace madoguchi
