#include "core/cards/DocumentType.h"

#include <QCoreApplication>

namespace madoguchi {

QString documentTypeName(DocumentType type)
{
    switch (type) {
    case DocumentType::Unknown: return QStringLiteral("unknown");
    case DocumentType::MyNumber: return QStringLiteral("mynumber");
    case DocumentType::Licence: return QStringLiteral("licence");
    case DocumentType::Residence: return QStringLiteral("residence");
    case DocumentType::Passport: return QStringLiteral("passport");
    }
    return {};
}

QString documentTypeLabel(DocumentType type)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("madoguchi::DocumentType", text); };
    switch (type) {
    case DocumentType::Unknown: return tr("Unsupported card");
    case DocumentType::MyNumber: return tr("My Number card");
    case DocumentType::Licence: return tr("Driver's licence");
    case DocumentType::Residence: return tr("Residence card");
    case DocumentType::Passport: return tr("Passport");
    }
    return {};
}

} // namespace madoguchi
