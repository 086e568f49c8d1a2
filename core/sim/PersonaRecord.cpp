#include "core/sim/PersonaRecord.h"

namespace madoguchi {

IdentityRecord PersonaRecord::from(const Persona& persona, DocumentType document)
{
    IdentityRecord r;
    r.type = document;
    r.name = persona.nameKanji();
    r.nameKana = persona.nameKana();
    r.nameLatin = persona.nameLatin();
    r.address = persona.address();
    r.birthDate = persona.birthDate();
    r.nationality = persona.nationality();
    switch (persona.sex()) {
    case Persona::Sex::Male: r.sex = IdentityRecord::Sex::Male; break;
    case Persona::Sex::Female: r.sex = IdentityRecord::Sex::Female; break;
    case Persona::Sex::NotApplicable: r.sex = IdentityRecord::Sex::Unspecified; break;
    case Persona::Sex::Unknown: break;
    }
    const QString docName = document == DocumentType::MyNumber ? QStringLiteral("mynumber") : documentTypeName(document);
    const QJsonObject doc = persona.document(docName);
    for (const char* key : {"myNumber", "number", "documentNumber", "cardNumber"})
        if (r.documentNumber.isEmpty())
            r.documentNumber = doc.value(QLatin1String(key)).toString();
    r.expiryDate = QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate);
    r.fields.insert(QStringLiteral("postalCode"), persona.postalCode());
    return r;
}

} // namespace madoguchi
