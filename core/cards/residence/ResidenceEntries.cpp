#include "core/cards/residence/ResidenceEntries.h"

#include "core/apdu/CardFileTlv.h"
#include "core/text/DigitDate.h"

namespace madoguchi {
namespace {

constexpr qsizetype kSignedValuesSize = 53;  // §B4: 53 bytes; type 06's 34 NUL-padded to it

} // namespace

Result<ResidenceEntries, QString> ResidenceEntries::parse(QByteArrayView file)
{
    auto items = CardFileTlv::readAll(file);
    if (!items)
        //: %1: what is wrong with the file of printed entries (a parser message).
        return tr("printed entries: %1").arg(items.error());
    ResidenceEntries entries;
    for (const CardFileTlv::Item& item : std::as_const(*items)) {
        const QString text = QString::fromLatin1(item.value).trimmed();
        switch (item.tag) {
        case 0xC5: entries.expiryDate = DigitDate::parse(item.value); break;
        case 0xC6: entries.birthDate = DigitDate::parse(item.value); break;
        case 0xC7:  // 1 male, 2 female, 3 unspecified
            entries.sex = text == QLatin1String("1")   ? IdentityRecord::Sex::Male
                          : text == QLatin1String("2") ? IdentityRecord::Sex::Female
                          : text == QLatin1String("3") ? IdentityRecord::Sex::Unspecified
                                                       : IdentityRecord::Sex::Unknown;
            break;
        case 0xC8: entries.nationality = text; break;
        case 0xC9: entries.statusCode = text; break;
        case 0xCE: entries.periodOfStay = text; break;
        case 0xCA: entries.permissionType = text; break;
        case 0xCB: entries.permissionDate = DigitDate::parse(item.value); break;
        case 0xCC: entries.workRestriction = text; break;
        case 0xCD: entries.periodOfStayEnd = DigitDate::parse(item.value); break;
        default: break;  // a later spec's item: kept out of the record, still signed
        }
        entries.signedValues += item.value.toByteArray();
    }
    if (entries.signedValues.size() > kSignedValuesSize)
        return tr("printed entries: %1 bytes of values, the signed block holds %2").arg(entries.signedValues.size()).arg(kSignedValuesSize);
    entries.signedValues.append(QByteArray(kSignedValuesSize - entries.signedValues.size(), '\0'));
    if (!entries.expiryDate.isValid() || !entries.birthDate.isValid())
        return tr("printed entries: no readable card expiry or birth date");
    return entries;
}

QString ResidenceEntries::periodOfStayWords(const QString& code)
{
    bool ok = false;
    const int number = code.toInt(&ok);
    if (!ok)
        return code;
    if (code == QLatin1String("0000"))
        return tr("indefinite");
    if (code.size() == 4)  // YYMM
        //: Period of stay as the card holds it, e.g. 3 years 0 months.
        return tr("%1 years %2 months").arg(number / 100).arg(number % 100);
    if (code.size() == 3)  // DDD
        //: Period of stay in days (short stays).
        return tr("%1 days").arg(number);
    return code;
}

QString ResidenceEntries::workRestrictionWords(const QString& code)
{
    if (code == QLatin1String("1"))
        return tr("no work restriction");
    if (code == QLatin1String("2"))
        return tr("work only within the status of residence");
    if (code == QLatin1String("4"))
        return tr("work only as designated");
    if (code == QLatin1String("9"))
        return tr("work not permitted");
    return code;
}

} // namespace madoguchi
