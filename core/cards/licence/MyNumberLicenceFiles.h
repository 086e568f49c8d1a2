#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace madoguchi {

// The files of the マイナ免許証 application on a My Number card (drivers-licence.md §A6).
class MyNumberLicenceFiles
{
    Q_DECLARE_TR_FUNCTIONS(MyNumberLicenceFiles)

public:
    struct Information
    {
        QDate expiryDate;  // C5: 有効期間の末日, valid through this day
        bool hasHistory = false;  // C2/C3 (経歴) were there
        // Tags the spec does not describe ([U]: "the C2…0x107 range"), in file order, as hex; kept
        // for the record, never interpreted.
        QStringList otherTags;
        // Empty when every object could be read; else where the reading stopped. Tags beyond one
        // byte are [U]: the expiry still counts when it came before.
        QString unreadableRest;
    };

    // WEF01 (SFI 1A), free: C1 01 01 when the holder set a PIN, C1 01 00 when not (use the DPIN).
    static Result<bool, QString> parsePinSetting(QByteArrayView file);
    // WEF02 (FID 001B), after the PIN: C2, C3 (history), then C5 with the expiry as D7 (era digit
    // and YYMMDD in ASCII, e.g. "5" "110331" for 令和11年3月31日). Without a readable C5, an error.
    static Result<Information, QString> parseInformation(QByteArrayView file);
};

} // namespace madoguchi
