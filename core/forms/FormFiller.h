#pragma once

#include "core/audit/EvidenceRecord.h"
#include "core/forms/FormData.h"
#include "core/forms/FormTemplate.h"
#include "core/forms/Purpose.h"

namespace madoguchi {

// Fills one form's data from what the session read, under the purpose's rules: application forms
// get only the purpose's paperFields (the individual number only for a 個人番号利用事務 purpose that
// lists it), the evidence sheet gets its record. The QR code of a form carries the filled data as
// compact JSON; that of the evidence sheet carries its digest.
class FormFiller
{
public:
    static constexpr const char* kEvidenceForm = "evidence";

    static FormData fill(const FormTemplate& form, const Purpose& purpose, const IdentityRecord& record,
                         const EvidenceRecord& evidence, const QString& language);
    // What the QR code on `form` carries.
    static QByteArray qrPayload(const FormTemplate& form, const FormData& data);
};

} // namespace madoguchi
