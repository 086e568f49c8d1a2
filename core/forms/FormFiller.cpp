#include "core/forms/FormFiller.h"

#include "core/cards/RecordField.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi {

FormData FormFiller::fill(const FormTemplate& form, const Purpose& purpose, const IdentityRecord& record,
                          const EvidenceRecord& evidence, const QString& language)
{
    FormData data;
    if (form.id() == QLatin1String(kEvidenceForm)) {
        for (auto it = evidence.values().cbegin(); it != evidence.values().cend(); ++it)
            data.set(it.key(), it.value());
        return data;
    }
    QMap<QString, QString> all{
        {QStringLiteral("holder.name"), record.name.isEmpty() ? record.nameLatin : record.name},
        {QStringLiteral("holder.nameKana"), record.nameKana},
        {QStringLiteral("holder.nameLatin"), record.nameLatin},
        {QStringLiteral("holder.address"), record.address},
        {QStringLiteral("holder.postalCode"), record.fields.value(RecordField::kPostalCode)},
        {QStringLiteral("holder.birthDate"), record.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("holder.sex"), IdentityRecord::sexName(record.sex)},
        {QStringLiteral("holder.nationality"), record.nationality},
        {QStringLiteral("document.type"), evidence.values().value(QStringLiteral("document.type"))},
        {QStringLiteral("document.expiryDate"), record.expiryDate.toString(Qt::ISODate)},
        {QStringLiteral("purpose.id"), purpose.id},
        {QStringLiteral("purpose.label"), purpose.label(language)},
        {QStringLiteral("form.date"), evidence.values().value(QStringLiteral("check.dateTime")).left(10)},
    };
    // The individual number reaches paper only for a 個人番号利用事務 purpose; other numbers as listed.
    if (!carriesIndividualNumber(record.type) || purpose.usesMyNumber)
        all.insert(QStringLiteral("document.number"), record.documentNumber);
    for (const QString& binding : form.bindings()) {
        const bool structural = binding == QLatin1String("purpose.id") || binding == QLatin1String("purpose.label")
                                || binding == QLatin1String("form.date");
        if (structural || purpose.allowsOnPaper(binding))
            data.set(binding, all.value(binding));
    }
    return data;
}

QByteArray FormFiller::qrPayload(const FormTemplate& form, const FormData& data)
{
    // A signed sheet's QR carries its signed record (EvidenceSeal); an unsigned one the digest.
    if (form.id() == QLatin1String(kEvidenceForm) && data.has(QStringLiteral("check.seal")))
        return data.value(QStringLiteral("check.seal")).toLatin1();
    QJsonObject payload{{QStringLiteral("form"), form.id()}};
    if (form.id() == QLatin1String(kEvidenceForm)) {
        payload.insert(QStringLiteral("sha256"), data.value(QStringLiteral("check.digest")));
        payload.insert(QStringLiteral("terminal"), data.value(QStringLiteral("check.terminal")));
        payload.insert(QStringLiteral("at"), data.value(QStringLiteral("check.dateTime")));
    } else {
        for (const QString& binding : form.bindings())
            if (data.has(binding))
                payload.insert(binding, data.value(binding));
    }
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

} // namespace madoguchi
