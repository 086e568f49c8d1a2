#include "core/cards/licence/LicenceChanges.h"

#include "core/apdu/CardFileTlv.h"
#include "core/text/WarekiDate.h"

namespace madoguchi {

QString LicenceChanges::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Address: return QStringLiteral("address");
    case Kind::Name: return QStringLiteral("name");
    case Kind::Kana: return QStringLiteral("kana");
    case Kind::Condition: return QStringLiteral("condition");
    case Kind::ConditionCancelled: return QStringLiteral("condition-cancelled");
    case Kind::Remark: return QStringLiteral("remark");
    case Kind::Domicile: return QStringLiteral("domicile");
    }
    return {};
}

Result<QList<LicenceChanges::Change>, QString> LicenceChanges::parse(QByteArrayView file)
{
    auto items = CardFileTlv::readAll(file);
    if (!items)
        //: %1: what is wrong with the licence change-history file (記載事項変更).
        return tr("change history: %1").arg(items.error());
    if (items->isEmpty() || items->first().tag != 0x50 || items->first().value.size() != 1)
        return tr("change history: no 50 (appended) flag");
    QList<Change> changes;
    if (items->first().value[0] == 0)
        return changes;
    for (qsizetype i = 1; i < items->size(); ++i) {
        const CardFileTlv::Item& record = items->at(i);
        if (record.tag < 0x51 || record.tag > 0x57)
            return tr("change history: record %1 has tag %2, not 51–57").arg(i).arg(record.tag, 2, 16, QLatin1Char('0'));
        auto parts = CardFileTlv::readAll(record.value);
        if (!parts)
            //: %1: record number; %2: what is wrong with it.
            return tr("change history: record %1: %2").arg(i).arg(parts.error());
        Change change;
        change.kind = Kind(record.tag);
        for (const CardFileTlv::Item& part : std::as_const(*parts)) {
            if (part.tag == 0x01) {
                const auto date = WarekiDate::fromEraDigits(part.value);
                if (!date)
                    return tr("change history: record %1: the date is not an era date").arg(i);
                change.date = date->date();
            } else if (part.tag == 0x02) {
                change.value = JisX0208::decode(part.value);
            } else if (part.tag == 0x03) {
                change.commission = JisX0208::decode(part.value);
            }
        }
        if (!change.date.isValid())
            return tr("change history: record %1 has no date").arg(i);
        changes.append(std::move(change));
    }
    return changes;
}

} // namespace madoguchi
