#include "core/base/ProductTranslator.h"

#include <cstring>

namespace madoguchi {

QString ProductTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    static constexpr char kPrefix[] = "madoguchi::";
    if (context && std::strncmp(context, kPrefix, sizeof kPrefix - 1) == 0)
        context += sizeof kPrefix - 1;
    return QTranslator::translate(context, sourceText, disambiguation, n);
}

} // namespace madoguchi
