#pragma once

#include "core/cards/IdentityRecord.h"
#include "core/sim/Persona.h"

namespace madoguchi {

// The identity record a correct read of a persona's `document` yields: for admins checking
// templates with madoguchi-print and for tests' expectations, never for a customer.
class PersonaRecord
{
public:
    static IdentityRecord from(const Persona& persona, DocumentType document);
};

} // namespace madoguchi
