#include "core/cards/read/CardProbe.h"

namespace madoguchi {

DocumentType CardProbe::document() const
{
    if (detection.type == DocumentType::MyNumber && detection.applications.contains(QLatin1String("licence-on-mynumber")))
        return DocumentType::MyNumberLicence;
    return detection.type;
}

} // namespace madoguchi
