#pragma once

#include "core/forms/EvidenceVerifier.h"

#include <QJsonObject>
#include <QString>

namespace madoguchi {

// What madoguchi-verify prints for one sheet: the verdict on the first line (the English keyword
// scripts match), then the signed record in words — the sheet's own labels, the checks through
// CheckCatalogue — or, with --json, the same as one object.
class VerifyReport
{
public:
    static QString text(const QString& source, const EvidenceVerifier::Outcome& outcome, const QString& language);
    static QJsonObject json(const QString& source, const EvidenceVerifier::Outcome& outcome, const QString& language);
};

} // namespace madoguchi
