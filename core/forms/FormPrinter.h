#pragma once

#include "core/base/Result.h"
#include "core/forms/FormPage.h"

#include <QCoreApplication>
#include <QList>

namespace madoguchi {

// Prints a session's pages as one CUPS job through Qt PrintSupport. The job name is neutral
// ("madoguchi"): CUPS keeps job names in its history and cups-pdf names files after them.
class FormPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FormPrinter)

public:
    static constexpr const char* kJobName = "madoguchi";

    // `printer` is a CUPS queue name; empty: the system default.
    static Result<bool, QString> print(const QList<FormPage>& pages, const QString& printer);
};

} // namespace madoguchi
