#pragma once

#include "app/madoguchi-read/options/CredentialOptions.h"

#include <QCoreApplication>

namespace madoguchi {

// Residence card / special permanent resident certificate: --card-number.
class ResidenceOptions : public CredentialOptions
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceOptions)

public:
    QList<QCommandLineOption> options() const override;
    Result<bool, QString> take(const QCommandLineParser& parser, CardReadRequest& request) const override;
};

} // namespace madoguchi
