#pragma once

#include "core/base/Result.h"
#include "core/text/JisX0208.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace madoguchi {

// 記載事項変更等: the changes appended to a licence after it was issued (DF1/EF04, and EF06 for
// 本籍; drivers-licence.md §A4). Each file begins with 50 (追記の有無: whether anything was
// appended); then come the records, each with a change date, the new value and the commission
// that recorded it (the items libjeid exposes).
//
// The per-record tags are [U] in the spec. This reader takes one object per record whose tag says
// the kind — 51 new address, 52 new name, 53 new kana, 54 new condition, 55 condition cancelled,
// 56 remark, 57 new 本籍 — holding 01 the change date (D7), 02 the new value (J8) and 03 the
// commission (J8), in any order, and 11 the JIS edition when present. A file in another layout is
// reported as unreadable, never guessed at.
class LicenceChanges
{
    Q_DECLARE_TR_FUNCTIONS(LicenceChanges)

public:
    enum class Kind
    {
        Address = 0x51,
        Name = 0x52,
        Kana = 0x53,
        Condition = 0x54,
        ConditionCancelled = 0x55,
        Remark = 0x56,
        Domicile = 0x57,
    };
    struct Change
    {
        Kind kind = Kind::Remark;
        QDate date;
        JisX0208::Decoded value;
        JisX0208::Decoded commission;
    };

    // The records in file order (oldest first); empty when the flag says nothing was appended.
    static Result<QList<Change>, QString> parse(QByteArrayView file);
    // "address", "name", "kana", "condition", "condition-cancelled", "remark", "domicile".
    static QString kindId(Kind kind);
};

} // namespace madoguchi
