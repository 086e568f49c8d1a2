#pragma once

#include "app/madoguchi-read/options/CredentialOptions.h"

#include <QCoreApplication>

namespace madoguchi {

// --card-image FILE: the credential read off a photo or scan of the document instead of typed —
// a passport's MRZ (every check digit checked), 照合番号B's values on a My Number card's front, or
// a residence card's number — whichever the picture shows, read at several sizes that must agree
// (StillPicture). The report says which items came from the picture; what was read is never printed.
class CardImageOptions : public CredentialOptions
{
    Q_DECLARE_TR_FUNCTIONS(CardImageOptions)

public:
    QList<QCommandLineOption> options() const override;
    Result<bool, QString> take(const QCommandLineParser& parser, CardReadRequest& request) const override;
};

} // namespace madoguchi
