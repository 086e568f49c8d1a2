#pragma once

#include "app/madoguchi-read/options/CredentialOptions.h"

#include <QCoreApplication>

namespace madoguchi {

// My Number card: --pin, --collation-a, --collation-b, or 照合番号B's parts (--birth-date,
// --expiry-year, --security-code, --gregorian-birth-year). One of them at most.
class MyNumberOptions : public CredentialOptions
{
    Q_DECLARE_TR_FUNCTIONS(MyNumberOptions)

public:
    QList<QCommandLineOption> options() const override;
    Result<bool, QString> take(const QCommandLineParser& parser, CardReadRequest& request) const override;
    // --birth-date belongs to the passport's MRZ when the passport's other parts are given.
    static bool givesPassportParts(const QCommandLineParser& parser);
};

} // namespace madoguchi
