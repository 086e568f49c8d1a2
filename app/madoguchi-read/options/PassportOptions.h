#pragma once

#include "app/madoguchi-read/options/CredentialOptions.h"

#include <QCoreApplication>

namespace madoguchi {

// Passport: --mrz, or --document-number with --birth-date and --expiry-date; --can for PACE.
class PassportOptions : public CredentialOptions
{
    Q_DECLARE_TR_FUNCTIONS(PassportOptions)

public:
    QList<QCommandLineOption> options() const override;
    Result<bool, QString> take(const QCommandLineParser& parser, CardReadRequest& request) const override;
};

} // namespace madoguchi
