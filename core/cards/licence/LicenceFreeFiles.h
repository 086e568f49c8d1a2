#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace madoguchi {

// The two files of a licence's MF that need no PIN (drivers-licence.md §A2).
class LicenceFreeFiles
{
    Q_DECLARE_TR_FUNCTIONS(LicenceFreeFiles)

public:
    struct Common
    {
        QByteArray specVersion;  // three ASCII digits, e.g. "008"
        QDate issueDate;
        QDate expiryDate;        // 有効期間の末日: valid through this day
        quint8 manufacturer = 0;
        quint8 cryptoFunction = 0;
    };

    // EF01 (2F01), 17 bytes: 45 0B version(3) issue(BCD 4) expiry(BCD 4), 46 02 manufacturer crypto.
    static Result<Common, QString> parseCommon(QByteArrayView file);
    // EF02 (SFI 0A), 3 bytes: 05 01 then 01 (the holder set PINs) or 00 (no PIN: the default PIN).
    static Result<bool, QString> parsePinSetting(QByteArrayView file);
    // Four bytes of packed BCD, YYYYMMDD.
    static std::optional<QDate> bcdDate(QByteArrayView bytes);
};

} // namespace madoguchi
