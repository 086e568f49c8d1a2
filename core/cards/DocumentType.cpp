#include "core/cards/DocumentType.h"

#include <QCoreApplication>

namespace madoguchi {

QString documentTypeName(DocumentType type)
{
    switch (type) {
    case DocumentType::Unknown: return QStringLiteral("unknown");
    case DocumentType::MyNumber: return QStringLiteral("mynumber");
    case DocumentType::MyNumberLicence: return QStringLiteral("mynumber-licence");
    case DocumentType::Licence: return QStringLiteral("licence");
    case DocumentType::Residence: return QStringLiteral("residence");
    case DocumentType::SpecifiedResidence: return QStringLiteral("specified-residence");
    case DocumentType::SpecifiedPermanentResident: return QStringLiteral("specified-permanent-resident");
    case DocumentType::Passport: return QStringLiteral("passport");
    }
    return {};
}

QString documentTypeLabel(DocumentType type)
{
    switch (type) {
    case DocumentType::Unknown: return QCoreApplication::translate("DocumentType", "Unsupported card");
    case DocumentType::MyNumber: return QCoreApplication::translate("DocumentType", "My Number card");
    case DocumentType::MyNumberLicence: return QCoreApplication::translate("DocumentType", "My Number card with driving licence");
    case DocumentType::Licence: return QCoreApplication::translate("DocumentType", "Driver's licence");
    case DocumentType::Residence: return QCoreApplication::translate("DocumentType", "Residence card");
    //: Card type 07: a My Number card that carries the residence card (特定在留カード).
    case DocumentType::SpecifiedResidence: return QCoreApplication::translate("DocumentType", "Specified residence card (特定在留カード)");
    //: Card type 08: a My Number card that carries the special permanent resident certificate.
    case DocumentType::SpecifiedPermanentResident:
        return QCoreApplication::translate("DocumentType", "Specified special permanent resident certificate (特定特別永住者証明書)");
    case DocumentType::Passport: return QCoreApplication::translate("DocumentType", "Passport");
    }
    return {};
}

bool carriesIndividualNumber(DocumentType type)
{
    return type == DocumentType::MyNumber || type == DocumentType::MyNumberLicence || type == DocumentType::SpecifiedResidence
           || type == DocumentType::SpecifiedPermanentResident;
}

} // namespace madoguchi
