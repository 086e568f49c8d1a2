#pragma once

#include "app/madoguchi-read/options/CredentialOptions.h"

#include <QCoreApplication>

namespace madoguchi {

// Driver's licence: --pin1, --pin2, --domicile; a My Number card holding a licence (マイナ免許証):
// --licence-pin. "****" stands for a holder who set no PIN (drivers-licence.md §A2, §A6).
class LicenceOptions : public CredentialOptions
{
    Q_DECLARE_TR_FUNCTIONS(LicenceOptions)

public:
    QList<QCommandLineOption> options() const override;
    Result<bool, QString> take(const QCommandLineParser& parser, CardReadRequest& request) const override;
};

} // namespace madoguchi
