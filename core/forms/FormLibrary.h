#pragma once

#include "core/audit/EvidenceRecord.h"
#include "core/base/Result.h"
#include "core/forms/FormPage.h"
#include "core/forms/PurposeCatalog.h"

#include <QCoreApplication>
#include <QMap>

namespace madoguchi {

// Every form template of a folder (resources/forms), checked against the purposes that use them.
class FormLibrary
{
    Q_DECLARE_TR_FUNCTIONS(FormLibrary)

public:
    static Result<FormLibrary, QString> load(const QString& directory);

    const FormTemplate* find(const QString& id) const;
    QStringList ids() const { return m_forms.keys(); }
    // Empty when every form a purpose names exists, else the first problem.
    QString check(const PurposeCatalog& purposes) const;

    // The pages a purpose prints, filled from the session, in the purpose's order.
    QList<FormPage> pagesFor(const Purpose& purpose, const IdentityRecord& record, const EvidenceRecord& evidence,
                             const QString& language) const;

private:
    QMap<QString, FormTemplate> m_forms;
};

} // namespace madoguchi
