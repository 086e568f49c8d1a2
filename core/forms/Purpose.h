#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace madoguchi {

// Why the customer came (来庁目的): what it prints and what may be read and shown.
struct Purpose
{
    QString id;
    QMap<QString, QString> labels;  // by language: "ja", "en"
    // The rule the visit's identity check follows, as the record of the check is headed
    // (犯収法施行規則 第20条 for 口座開設, 住民基本台帳法 for 転入 …), by language.
    QMap<QString, QString> bases;
    QString category;               // "municipal", "bank", "shop"
    QStringList forms;              // template ids, in print order; the evidence sheet comes last
    // 個人番号利用事務: only these may read the individual number (My Number card PIN route);
    // every other purpose uses 照合番号B and never reads it.
    bool usesMyNumber = false;
    // Bindings that may be printed; any other is left blank on paper.
    QStringList paperFields;
    // The holder's items the basis requires on the record of the check (本人特定事項: for 犯収法
    // name, address and birth date). One the document does not hold is printed as missing, and the
    // review asks staff to check it on another document. Absent from the file: all three.
    QStringList requiredItems;

    QString label(const QString& language) const { return labels.value(language, labels.value(QStringLiteral("ja"))); }
    QString basis(const QString& language) const { return bases.value(language, bases.value(QStringLiteral("ja"))); }
    bool allowsOnPaper(const QString& binding) const { return paperFields.contains(binding); }
};

} // namespace madoguchi
