#pragma once

#include "core/base/Result.h"
#include "core/text/JisX0208.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace madoguchi {

// DF1/EF01 of a licence: every entry but 本籍 (drivers-licence.md §A4), read after PIN1.
struct LicenceEntries
{
    Q_DECLARE_TR_FUNCTIONS(LicenceEntries)

public:
    struct Category
    {
        quint8 tag = 0;  // 22–33
        QDate since;     // first licensed
    };

    int jisEdition = -1;  // tag 11 (制定年番号); -1 when absent
    // J8 items by key: "name" (12), "nameKana" (13), "alias" (14), "unifiedName" (15), "address" (17),
    // "colour" (1A), "condition1"…"condition4" (1C–1F), "commission" (20). Absent or empty items are left out.
    QMap<QString, JisX0208::Decoded> text;
    QDate birthDate;   // 16
    QDate issueDate;   // 18
    QDate expiryDate;  // 1B
    QString referenceNumber;  // 19 照会番号
    QString number;           // 21, 12 digits
    QList<Category> categories;  // 22–33, only those held

    // Unknown tags are skipped (a later spec version may add some); a date that is neither empty,
    // all zeros nor a valid era date is an error, as is a licence number that is not 12 digits.
    static Result<LicenceEntries, QString> parse(QByteArrayView file);

    // Stable ids ("ordinary", "medium", …) and the labels printed on the card ("普通", "中型", …).
    static QString categoryId(quint8 tag);
    static QString categoryLabel(quint8 tag);
};

} // namespace madoguchi
