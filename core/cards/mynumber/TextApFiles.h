#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace madoguchi {

// The 券面事項入力補助AP's data files (mynumber.md §3.2, §3.3).
class TextApFiles
{
    Q_DECLARE_TR_FUNCTIONS(TextApFiles)

public:
    struct BasicFour
    {
        QString name;     // surname U+3000 given name
        QString address;
        QDate birthDate;
        char sexCode = '0';
        QByteArray signedPart;  // DF22 up to the end of the FF20 object: what DF32 of 0003 hashes (§3.4)
    };

    // 0001: FF 10 0C + 12 ASCII digits (+ FF FF). nullopt unless it is 12 digits with a valid check digit.
    static std::optional<QString> parseMyNumber(QByteArrayView file);
    // 0002: FF20 { DF21 offsets, DF22 name, DF23 address, DF24 birth YYYYMMDD, DF25 sex }.
    static Result<BasicFour, QString> parseBasicFour(QByteArrayView file);
    // The check digit of a 12-digit individual number (行政手続における特定の個人を識別するための
    // 番号の利用等に関する法律施行令 第8条).
    static bool hasValidCheckDigit(const QString& number);
};

} // namespace madoguchi
